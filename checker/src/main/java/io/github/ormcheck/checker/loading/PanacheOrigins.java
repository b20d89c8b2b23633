package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.Optional;

/**
 * Quarkus Panache's selects as origins: {@code Person.listAll()}, {@code people.list("status",
 * s)}, {@code Person.find("from Person p left join fetch p.pets").list()}, {@code
 * Person.findById(id)}. Panache's shortened queries ({@code "status"}, {@code "status = ?1 and
 * age > ?2"}, {@code "order by name"}) are a where or order clause on the entity and fetch nothing;
 * a query that starts with {@code from} or {@code select} is HQL and is read as such.
 */
final class PanacheOrigins {
  private static final ImmutableSet<String> ELEMENTS = ImmutableSet.of("listAll", "streamAll", "list", "stream");
  private static final ImmutableSet<String> SINGLE =
      ImmutableSet.of("firstResult", "firstResultOptional", "singleResult", "singleResultOptional");
  private final EntityModel model;
  private final ParsedQueries queries;

  PanacheOrigins(EntityModel model, ParsedQueries queries) {
    this.model = model;
    this.queries = queries;
  }

  /** What a Panache call returns and loads: its elements, or with {@code single} one entity. */
  Optional<Origin> of(MethodInvocationTree call, Symbol.MethodSymbol method, boolean single) {
    String owner = method.owner.getQualifiedName().toString();
    String name = method.getSimpleName().toString();
    Optional<ManagedType> entity = QueryOrigins.resultEntity(model, ((JCTree) call).type);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    if (Panache.isBase(owner)) {
      if (single && Panache.BY_ID.contains(name)) {
        return Optional.of(new Origin(entity.get(), ImmutableSet.of(), ownerName(call, entity.get()) + "." + name, call, Optional.empty()));
      }
      return !single && ELEMENTS.contains(name)
          ? fromText(call, entity.get(), ownerName(call, entity.get()) + "." + name, call)
          : Optional.empty();
    }
    if (!owner.equals(Panache.QUERY) || !(single ? SINGLE.contains(name) : name.equals("list") || name.equals("stream"))) {
      return Optional.empty();
    }
    ExpressionTree current = Origins.receiver(call).map(Expressions::strip).orElse(null);
    while (current instanceof MethodInvocationTree link
        && TreeInfo.symbol((JCTree) link.getMethodSelect()) instanceof Symbol.MethodSymbol step) {
      String stepName = step.getSimpleName().toString();
      if (Panache.isBase(step.owner.getQualifiedName()) && Panache.QUERY_FACTORIES.contains(stepName)) {
        return fromText(link, entity.get(), ownerName(link, entity.get()) + "." + stepName + "(..)." + name, call);
      }
      if (!Panache.BOUNDS.contains(stepName)) { // paging keeps the plan; hints, locks and filters may not
        return Optional.empty();
      }
      current = Origins.receiver(link).map(Expressions::strip).orElse(null);
    }
    return Optional.empty();
  }

  /**
   * The origin of a select whose first argument, when it is text, is the query: none, or a
   * {@code Sort}, is the whole table.
   */
  private Optional<Origin> fromText(MethodInvocationTree select, ManagedType entity, String description, MethodInvocationTree site) {
    if (select.getArguments().isEmpty() || !isString(((JCTree) select.getArguments().get(0)).type)) {
      return Optional.of(new Origin(entity, ImmutableSet.of(), description, site, Optional.empty()));
    }
    Optional<String> text = Expressions.leadingText(select);
    if (text.isEmpty()) {
      return Optional.empty(); // built at run time: it may say anything
    }
    String query = text.get();
    Optional<String> named = Panache.namedQuery(query);
    if (named.isPresent()) {
      return RepositoryOrigins.namedQuery(entity, named.get())
          .flatMap(jpql -> JpqlOrigin.fetched(jpql, entity, queries)
              .map(paths -> new Origin(entity, paths, description + " (the named query " + named.get() + ")", site, Optional.empty())));
    }
    if (!Panache.isHql(query)) {
      // Panache completes it to "from Entity where ..." or "from Entity order by ...".
      return Optional.of(new Origin(entity, ImmutableSet.of(), description, site, Optional.empty()));
    }
    return JpqlOrigin.fetched(query, entity, queries)
        .map(paths -> new Origin(entity, paths, description + " " + JpqlOrigin.quote(query), site, Optional.empty()));
  }

  private static boolean isString(Type type) {
    return type != null && type.tsym != null && type.tsym.getQualifiedName().contentEquals("java.lang.String");
  }

  /** The class or repository the call names; called without one, inside the entity's own code, the entity. */
  private static String ownerName(MethodInvocationTree call, ManagedType entity) {
    return Origins.receiver(call)
        .map(receiver -> ((JCTree) receiver).type)
        .filter(type -> type != null && type.tsym != null)
        .map(type -> type.tsym.getSimpleName().toString())
        .orElse(entity.simpleName());
  }
}
