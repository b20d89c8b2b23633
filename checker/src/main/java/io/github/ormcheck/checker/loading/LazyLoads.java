package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.Cardinality;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.FetchMode;
import io.github.ormcheck.checker.model.JpaNames;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The N+1 analysis behind {@code LazyLoadInLoop}: for one loop over entities with a known
 * origin, the lazy associations its body navigates per element that the origin did not load,
 * and are not loaded in batches either.
 */
public final class LazyLoads {
  private static final String LOAD_PLAN = "io.github.ormcheck.annotations.LoadPlan";

  private final EntityModel model;
  private final VisitorState state;
  private final OrmCheckOptions options;

  public LazyLoads(EntityModel model, VisitorState state, OrmCheckOptions options) {
    this.model = model;
    this.state = state;
    this.options = options;
  }

  /** A lazy load per element, ready to report. */
  public record LazyLoad(
      Navigation navigation,
      Origin origin,
      String message,
      String symbol,
      Optional<com.google.errorprone.fixes.SuggestedFix> fix) {}

  public ImmutableList<LazyLoad> inLoop(ElementLoop loop) {
    Optional<ManagedType> element = model.entity(loop.elementType());
    if (element.isEmpty()) {
      return ImmutableList.of();
    }
    // The body first: most loops navigate nothing that loads per element, and then where the
    // elements come from does not matter.
    NavigationScanner scanner = new NavigationScanner(model, com.sun.tools.javac.model.JavacTypes.instance(state.context),
        CalleeNavigations.instance(state.context), CalleeNavigations.MAX_DEPTH);
    loop.seed(scanner, Binding.element(element.get()));
    Map<String, Navigation> first = new LinkedHashMap<>();
    for (Navigation navigation : scanner.scan(loop.body())) {
      if (loadsPerElement(navigation.last())) {
        first.putIfAbsent(navigation.dotted(), navigation);
      }
    }
    if (first.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableSet<String> planned = loadPlan(element.get());
    first.keySet().removeAll(planned);
    if (first.isEmpty()) {
      return ImmutableList.of();
    }
    Optional<Origin> origin = new Origins(model, state.context).ofElements(loop.source(), state.getPath());
    if (origin.isEmpty() || !origin.get().entity().element().equals(element.get().element())) {
      return ImmutableList.of();
    }
    ImmutableSet<String> pinned = pinnedByName(origin.get());
    List<LazyLoad> loads = new ArrayList<>();
    for (Navigation navigation : first.values()) {
      String path = navigation.dotted();
      if (origin.get().loaded(path) || reachesLoadedOwner(navigation, origin.get())
          || startsAtPinnedToOne(navigation, pinned, element.get())) {
        continue;
      }
      loads.add(new LazyLoad(navigation, origin.get(),
          message(navigation, origin.get(), element.get()), symbol(path),
          EntityGraphFix.of(origin.get(), path, state)));
    }
    return ImmutableList.copyOf(loads);
  }

  /**
   * Whether the path goes back to an entity that is already loaded: from a collection's elements
   * to the collection's owner through the {@code mappedBy} attribute ({@code
   * order.getLineItems()}, then {@code item.getOrder()}): the persistence context has it. Only a
   * to-one goes back to the owner alone; the other side of a many-to-many is a collection of its
   * own ({@code role.getParents()}, then each parent's {@code getChildren()}), which loads.
   */
  private static boolean reachesLoadedOwner(Navigation navigation, Origin origin) {
    List<Attribute> path = navigation.path();
    if (origin.backReference().filter(path.get(0).name()::equals).isPresent() && isToOne(path.get(0))) {
      return true;
    }
    for (int i = 1; i < path.size(); i++) {
      Optional<String> mappedBy = path.get(i - 1).association().flatMap(Association::mappedBy);
      if (path.get(i - 1).association().map(Association::isCollection).orElse(false)
          && mappedBy.filter(path.get(i).name()::equals).isPresent() && isToOne(path.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isToOne(Attribute attribute) {
    return attribute.association().map(Association::isToOne).orElse(true);
  }

  /**
   * The properties a derived repository query fixes to one value for all its rows ({@code
   * findByRolloutId}: every group has the same rollout); none for {@code @Query} and named
   * queries, whose names say nothing.
   */
  private static ImmutableSet<String> pinnedByName(Origin origin) {
    if (origin.repositoryMethod().isEmpty()) {
      return ImmutableSet.of();
    }
    Symbol.MethodSymbol method = origin.repositoryMethod().get();
    String name = method.getSimpleName().toString();
    if (!method.getAnnotationMirrors().isEmpty() // @Query, @NativeQuery, anything that may bring its own text
        || RepositoryOrigins.namedQuery(origin.entity(), origin.entity().entityName() + "." + name).isPresent()
        || Mirrors.findPersistence(origin.entity().element(), JpaNames.NAMED_NATIVE_QUERY).isPresent()
        || Mirrors.findPersistence(origin.entity().element(), JpaNames.NAMED_NATIVE_QUERIES).isPresent()) {
      return ImmutableSet.of();
    }
    return DerivedQueries.pinnedProperties(name);
  }

  /**
   * Whether the path starts at a to-one that the query fixed to one entity for every element
   * ({@code findByRolloutId}, then {@code group.getRollout()...}): the persistence context holds
   * one proxy for it, so it loads once, not once per element.
   */
  private static boolean startsAtPinnedToOne(Navigation navigation, ImmutableSet<String> pinned, ManagedType element) {
    Attribute first = navigation.path().get(0);
    if (pinned.isEmpty() || first.association().map(Association::isCollection).orElse(true)) {
      return false;
    }
    String name = first.name();
    // customerId is customer's id unless the entity maps an attribute of that name itself.
    return pinned.contains(name)
        || pinned.contains(name + "Id") && element.attribute(name + "Id").isEmpty()
        || pinned.contains(name + "_Id");
  }

  /** Whether touching this association loads it with one query per owner. */
  private boolean loadsPerElement(Attribute attribute) {
    Optional<Association> association = attribute.association();
    if (association.isEmpty() || association.get().isEager()) {
      return false; // EAGER: loaded at query time, EagerToOne's and EagerToMany's cost.
    }
    if (association.get().cardinality() == Cardinality.ONE_TO_ONE && association.get().isInverse()
        && !CompilationScope.anotherJpaProviderOnly(state.context)
        && !(attribute.element().getEnclosingElement() instanceof Symbol.ClassSymbol owner
            && Panache.isEnhancedEntity(owner))) {
      // Hibernate loads the inverse side of a one-to-one with its owner whatever fetch says
      // (without bytecode enhancement, which Quarkus applies to Panache entities): at query
      // time, EagerToOne's cost, not the loop's.
      return false;
    }
    if (association.get().fetchMode().equals(Optional.of(FetchMode.SUBSELECT))) {
      return false;
    }
    if (model.batchSize(association.get()).orElse(1) > 1 || options.defaultBatchFetchSize() > 1) {
      return false;
    }
    // The second-level cache answers a to-one whose target it holds, and a collection cached on
    // its own; whether it holds the rows is the cache's configuration and contents: silent.
    if (association.get().isToOne()
        ? association.get().target().filter(t -> SecondLevelCache.caches(((Symbol.ClassSymbol) t).type)).isPresent()
        : SecondLevelCache.cachesCollection(attribute.element())) {
      return false;
    }
    return true;
  }

  /** Paths the enclosing method's {@code @LoadPlan} declares for this entity. */
  private ImmutableSet<String> loadPlan(ManagedType element) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    if (method == null) {
      return ImmutableSet.of();
    }
    Symbol symbol = TreeInfo.symbolFor((JCTree) method);
    if (symbol == null) {
      return ImmutableSet.of();
    }
    return Mirrors.find(symbol, LOAD_PLAN)
        .filter(plan -> Mirrors.explicitClass(plan, "root")
            .map(root -> root.equals(element.element()))
            .orElse(true))
        .map(plan -> io.github.ormcheck.checker.model.EntityGraphs.withPrefixes(Mirrors.explicitStrings(plan, "value")))
        .orElse(ImmutableSet.of());
  }

  private String symbol(String path) {
    MethodTree method = state.findEnclosing(MethodTree.class);
    Symbol owner = method == null ? null : TreeInfo.symbolFor((JCTree) method);
    return (owner == null ? "?" : owner.owner.getQualifiedName() + "#" + owner) + "/" + path;
  }

  private static String message(Navigation navigation, Origin origin, ManagedType element) {
    Attribute last = navigation.last();
    String path = navigation.dotted();
    String kind = last.association().get().isCollection() ? "collection" : "association";
    String elements = element.simpleName();
    String alias = Character.toLowerCase(element.entityName().charAt(0)) + "";
    return String.format(
        "%s loads the lazy %s %s once per %s of the loop: the %s come from %s, which does not"
            + " fetch '%s', so this costs 1 + N queries, one per %s. Fetch it where the %s are"
            + " loaded: 'join fetch %s.%s' in that query, @EntityGraph(attributePaths = \"%s\")"
            + " on the repository method, @BatchSize on %s, or a DTO projection.",
        navigation.code(),
        kind,
        last.qualifiedName(),
        elements,
        plural(elements),
        origin.description(),
        path,
        elements,
        plural(elements),
        alias,
        path,
        path,
        last.qualifiedName());
  }

  private static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies"
        : noun.endsWith("s") ? noun + "es" : noun + "s";
  }

}
