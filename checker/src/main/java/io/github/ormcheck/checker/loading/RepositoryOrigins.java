package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.model.EntityGraphs;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.JpaNames;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Spring Data repository query methods as origins: derived queries and CRUD finders load the
 * entity alone; {@code @Query} loads what its JPQL fetches; {@code @EntityGraph} (attribute paths
 * or a named graph) adds its paths; a {@code @NamedQuery} named {@code Entity.method} replaces
 * derivation, as Spring Data does. Default methods and native queries are unknown.
 */
final class RepositoryOrigins {
  private static final Set<String> ELEMENT_CONTAINERS =
      Set.of(
          "java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.Set",
          "java.util.stream.Stream", SpringData.PAGE, SpringData.SLICE,
          "org.springframework.data.domain.Window", "org.springframework.data.util.Streamable");

  private static final Context.Key<RepositoryOrigins> KEY = new Context.Key<>();

  private final EntityModel model;
  private final Types types;
  private final KnownTypes known;
  private final ParsedQueries queries;
  /** Per method: asked for every call the loop and query checks look at. */
  private final Map<Symbol.MethodSymbol, Boolean> queryMethods = new HashMap<>();
  /** Per method and entity: asked for every loop over the method's results. */
  private final Map<Loaded, Optional<ImmutableSet<String>>> loaded = new HashMap<>();

  private record Loaded(Symbol.MethodSymbol method, TypeElement entity) {}

  private RepositoryOrigins(Context context) {
    this.model = CompilationScope.entityModel(context);
    this.types = Types.instance(context);
    this.known = KnownTypes.instance(context);
    this.queries = ParsedQueries.instance(context);
  }

  /** The compilation's instance, on its entity model. */
  static RepositoryOrigins instance(Context context) {
    return CompilationScope.instance(context, KEY, RepositoryOrigins::new);
  }

  Optional<Origin> of(Symbol.MethodSymbol method, MethodInvocationTree call, boolean single) {
    if (!isRepositoryQueryMethod(method)) {
      return Optional.empty();
    }
    Type result = ((JCTree.JCMethodInvocation) call).type;
    Optional<ManagedType> entity = single ? singleEntity(result) : elementEntity(result);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    Optional<ImmutableSet<String>> loaded = loaded(method, entity.get());
    if (loaded.isEmpty()) {
      return Optional.empty();
    }
    String description = method.owner.getSimpleName() + "." + method.getSimpleName();
    return Optional.of(
        new Origin(entity.get(), loaded.get(), description, call, Optional.of(method)));
  }

  /** What the method's query loads beyond the entity, or empty when it cannot be read. */
  Optional<ImmutableSet<String>> loaded(Symbol.MethodSymbol method, ManagedType entity) {
    return loaded.computeIfAbsent(new Loaded(method, entity.element()), key -> loadedUncached(method, entity));
  }

  private Optional<ImmutableSet<String>> loadedUncached(Symbol.MethodSymbol method, ManagedType entity) {
    ImmutableSet.Builder<String> paths = ImmutableSet.builder();
    Optional<AnnotationMirror> query = Mirrors.find(method, SpringData.QUERY);
    if (query.isPresent()) {
      if (Mirrors.explicitValue(query.get(), "nativeQuery").map(v -> Boolean.TRUE.equals(v.getValue())).orElse(false)) {
        return Optional.empty();
      }
      Optional<String> text = Mirrors.explicitString(query.get(), "value");
      if (text.isEmpty()) {
        return Optional.empty(); // @Query(name = ...) and friends: not read.
      }
      Optional<ImmutableSet<String>> fetched = JpqlOrigin.fetched(text.get(), entity, queries);
      if (fetched.isEmpty()) {
        return Optional.empty();
      }
      paths.addAll(fetched.get());
    } else {
      Optional<String> named = namedQuery(entity, entity.entityName() + "." + method.getSimpleName());
      if (named.isPresent()) {
        Optional<ImmutableSet<String>> fetched = JpqlOrigin.fetched(named.get(), entity, queries);
        if (fetched.isEmpty()) {
          return Optional.empty();
        }
        paths.addAll(fetched.get());
      }
    }
    Optional<AnnotationMirror> graph = Mirrors.find(method, SpringData.ENTITY_GRAPH);
    if (graph.isPresent()) {
      paths.addAll(EntityGraphs.withPrefixes(Mirrors.explicitStrings(graph.get(), "attributePaths")));
      Optional<String> name = Mirrors.explicitString(graph.get(), "value").filter(n -> !n.isEmpty());
      if (name.isPresent()) {
        Optional<ImmutableSet<String>> namedGraph = EntityGraphs.named(entity, name.get());
        if (namedGraph.isEmpty()) {
          return Optional.empty(); // A graph we cannot find: do not guess.
        }
        paths.addAll(EntityGraphs.withPrefixes(namedGraph.get()));
      }
    }
    return Optional.of(paths.build());
  }

  /** The JPQL of {@code @NamedQuery(name)} on the entity, if declared there. */
  static Optional<String> namedQuery(ManagedType entity, String name) {
    List<AnnotationMirror> queries = new java.util.ArrayList<>();
    Mirrors.findPersistence(entity.element(), JpaNames.NAMED_QUERY).ifPresent(queries::add);
    Mirrors.findPersistence(entity.element(), JpaNames.NAMED_QUERIES)
        .flatMap(container -> Mirrors.explicitValue(container, "value"))
        .ifPresent(value -> {
          if (value.getValue() instanceof List) {
            for (Object item : (List<?>) value.getValue()) {
              Object mirror = item instanceof javax.lang.model.element.AnnotationValue
                  ? ((javax.lang.model.element.AnnotationValue) item).getValue() : item;
              if (mirror instanceof AnnotationMirror) {
                queries.add((AnnotationMirror) mirror);
              }
            }
          }
        });
    for (AnnotationMirror query : queries) {
      if (Mirrors.explicitString(query, "name").filter(name::equals).isPresent()) {
        return Mirrors.explicitString(query, "query");
      }
    }
    return Optional.empty();
  }

  /**
   * A method of an interface that extends Spring Data's {@code Repository}, abstract (no default
   * body), named like a query: a CRUD finder or a derived query ({@code findBy...}, {@code
   * readAllBy...}, {@code streamTop10By...}), or carrying {@code @Query}.
   */
  boolean isRepositoryQueryMethod(Symbol.MethodSymbol method) {
    // Asked about every method the checks meet; only abstract interface methods are worth keeping.
    if ((method.flags() & Flags.DEFAULT) != 0 || !(method.owner instanceof Symbol.ClassSymbol)
        || !method.owner.isInterface()) {
      return false;
    }
    return queryMethods.computeIfAbsent(method, this::isQueryMethodOfRepository);
  }

  private boolean isQueryMethodOfRepository(Symbol.MethodSymbol method) {
    String name = method.getSimpleName().toString();
    if ((name.equals("findAll") || name.equals("findOne"))
        && known.isSubtype(method.owner.type, SpringData.QUERY_BY_EXAMPLE_EXECUTOR)) {
      return true; // the entity by an example's values, nothing fetched with it
    }
    if (!known.isSubtype(method.owner.type, SpringData.REPOSITORY)) {
      return false;
    }
    if (Mirrors.find(method, SpringData.QUERY).isPresent() || SpringData.CRUD_QUERIES.contains(name)) {
      return true;
    }
    for (String prefix : SpringData.QUERY_PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()
          && Character.isUpperCase(name.charAt(prefix.length()))) {
        return !prefix.equals("count") && !prefix.equals("exists");
      }
    }
    return false;
  }

  private Optional<ManagedType> elementEntity(Type type) {
    if (type == null || type.getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    Type erased = types.erasure(type);
    if (!ELEMENT_CONTAINERS.contains(erased.tsym.getQualifiedName().toString())) {
      return Optional.empty();
    }
    return model.entity(type.getTypeArguments().get(0));
  }

  private Optional<ManagedType> singleEntity(Type type) {
    if (type == null) {
      return Optional.empty();
    }
    if (types.erasure(type).tsym.getQualifiedName().contentEquals("java.util.Optional")) {
      return type.getTypeArguments().isEmpty() ? Optional.empty() : model.entity(type.getTypeArguments().get(0));
    }
    return model.entity(type);
  }
}
