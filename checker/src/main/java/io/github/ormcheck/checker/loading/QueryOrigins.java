package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.frameworks.JpaApi;
import io.github.ormcheck.checker.frameworks.PersistenceSessions;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Queries run through {@code EntityManager} or a Hibernate {@code Session} as origins: {@code
 * em.createQuery("...", Order.class).setParameter(...).getResultList()}, the same through a local
 * variable, named queries declared on the entity, and {@code find}. The query text must be a
 * compile-time constant (literals, constants, constant concatenations, text blocks).
 */
final class QueryOrigins {
  /** Query methods that change what is loaded in ways the text does not show. */
  private static final Set<String> CHANGES_GRAPH =
      Set.of("setHint", "setHints", "setEntityGraph", "applyGraph", "applyFetchGraph",
          "applyLoadGraph", "enableFetchProfile", "setFetchProfile");

  private final EntityModel model;
  private final Types types;
  private final ParsedQueries queries;

  QueryOrigins(EntityModel model, Context context) {
    this.model = model;
    this.types = Types.instance(context);
    this.queries = ParsedQueries.instance(context);
  }

  Optional<Origin> ofExecution(
      ExpressionTree query,
      MethodInvocationTree execution,
      TreePath where,
      BiFunction<ExpressionTree, TreePath, Optional<ExpressionTree>> definitions) {
    Optional<ManagedType> entity = resultEntity(((JCTree.JCMethodInvocation) execution).type);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    ExpressionTree current = Expressions.strip(query);
    for (int step = 0; step < 32; step++) {
      if (current instanceof IdentifierTree) {
        Optional<ExpressionTree> definition = definitions.apply(current, where);
        if (definition.isEmpty()) {
          return Optional.empty();
        }
        current = Expressions.strip(definition.get());
        continue;
      }
      if (!(current instanceof MethodInvocationTree)
          || !(((MethodInvocationTree) current).getMethodSelect() instanceof MemberSelectTree)) {
        return Optional.empty();
      }
      MethodInvocationTree call = (MethodInvocationTree) current;
      String name = ((MemberSelectTree) call.getMethodSelect()).getIdentifier().toString();
      if (CHANGES_GRAPH.contains(name)) {
        return Optional.empty();
      }
      if (JpaApi.CREATE_QUERY.contains(name) || HibernateApi.CREATE_QUERY.contains(name)) {
        return created(call, name, entity.get(), execution);
      }
      current = Expressions.strip(((MemberSelectTree) call.getMethodSelect()).getExpression());
    }
    return Optional.empty();
  }

  private Optional<Origin> created(
      MethodInvocationTree create, String name, ManagedType entity, MethodInvocationTree execution) {
    Symbol method = TreeInfo.symbol((JCTree) create.getMethodSelect());
    if (method == null || !PersistenceSessions.isQueryFactory(method.owner.getQualifiedName())) {
      return Optional.empty();
    }
    Optional<String> text = Expressions.leadingText(create);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> jpql =
        name.startsWith("createNamed")
            ? RepositoryOrigins.namedQuery(entity, text.get())
            : text;
    Optional<ImmutableSet<String>> fetched = jpql.flatMap(q -> JpqlOrigin.fetched(q, entity, queries));
    return fetched.map(
        paths ->
            new Origin(
                entity,
                paths,
                "the query " + JpqlOrigin.quote(jpql.get()),
                execution,
                Optional.empty()));
  }

  Optional<Origin> ofFind(MethodInvocationTree find) {
    if (find.getArguments().size() < 2) {
      return Optional.empty();
    }
    Optional<ManagedType> entity = model.entity(((JCTree.JCMethodInvocation) find).type);
    Symbol method = TreeInfo.symbol((JCTree) find.getMethodSelect());
    return entity.map(
        e -> new Origin(e, ImmutableSet.of(),
            Display.method(method), find, Optional.empty()));
  }

  private Optional<ManagedType> resultEntity(Type type) {
    return resultEntity(model, type);
  }

  /** {@code List<Order>}, {@code Stream<Order>}, {@code Optional<Order>} or {@code Order} to the entity Order. */
  static Optional<ManagedType> resultEntity(EntityModel model, Type type) {
    if (type == null) {
      return Optional.empty();
    }
    Optional<ManagedType> direct = model.entity(type);
    if (direct.isPresent()) {
      return direct;
    }
    return type.getTypeArguments().size() == 1 ? model.entity(type.getTypeArguments().get(0)) : Optional.empty();
  }

}
