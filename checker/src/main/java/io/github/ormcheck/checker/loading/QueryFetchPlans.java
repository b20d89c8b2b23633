package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.javac.LastAnswer;
import io.github.ormcheck.checker.javac.NameSet;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.frameworks.PersistenceSessions;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.jpql.JoinPath;
import io.github.ormcheck.checker.jpql.QueryFetches;
import io.github.ormcheck.checker.jpql.QueryJoin;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.EntityGraphs;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.JpaNames;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;

/**
 * Which collections a query or an entity graph fetches in one select, for the rules about row
 * multiplication ({@code MultipleCollectionFetch}, {@code MultipleBagFetch}, {@code
 * PaginatedCollectionFetch}). Sources: JPQL/HQL in {@code @Query} (not native), {@code
 * @NamedQuery}, {@code createQuery}/{@code createSelectionQuery} with a constant string, {@code
 * @EntityGraph(attributePaths)}, {@code @NamedEntityGraph}. Anything it cannot read (a native
 * query, malformed text, an entity or attribute the model does not know) gives no plan.
 */
public final class QueryFetchPlans {
  /** Query factories whose first argument is JPQL/HQL text (named queries are read at their definition). */
  private static final List<String> CREATE_FROM_TEXT = List.of("createQuery", "createSelectionQuery");

  /**
   * A plan and the tree that declares it.
   *
   * @param at the annotation or call to report on
   * @param plan what it fetches
   * @param symbol a stable name of the declaring code, for fingerprints
   */
  public record Site(Tree at, FetchPlan plan, String symbol) {}

  private final EntityModel model;
  private final Context context;
  private final KnownTypes known;
  private final ParsedQueries queries;
  private final NameSet createFromText;
  /** {@code fetch}: the Criteria API's fetch methods. */
  private final NameSet fetch;

  private static final Context.Key<QueryFetchPlans> KEY = new Context.Key<>();

  private final RepositoryOrigins repositories;

  /**
   * The last declaration read, and what it declared: Error Prone runs every check on a node before
   * it moves to the next, so the checks that judge the same plans (the two multiple-fetch checks,
   * the pagination check) read each method and class once. One entry, so nothing is retained.
   */
  private Tree lastTree;
  private boolean lastNamedGraphs;
  private ImmutableList<Site> lastSites;
  private final LastAnswer<MethodTree, CriteriaPlans> lastCriteria = new LastAnswer<>();

  /** A method's Criteria plans: where each is reported, and the plan of each query variable. */
  private record CriteriaPlans(ImmutableList<Site> sites, ImmutableMap<Symbol, FetchPlan> byQuery) {
    static final CriteriaPlans NONE = new CriteriaPlans(ImmutableList.of(), ImmutableMap.of());
  }

  private QueryFetchPlans(EntityModel model, Context context) {
    this.model = model;
    this.context = context;
    this.known = KnownTypes.instance(context);
    this.queries = ParsedQueries.instance(context);
    this.repositories = RepositoryOrigins.instance(context);
    this.createFromText = new NameSet(context, ImmutableSet.<String>builder()
        .addAll(CREATE_FROM_TEXT).addAll(Panache.QUERY_TEXT).build());
    this.fetch = new NameSet(context, ImmutableSet.of("fetch"));
  }

  /** The compilation's instance, on the compilation's entity model. */
  public static QueryFetchPlans instance(Context context) {
    return CompilationScope.instance(context, KEY, c -> new QueryFetchPlans(CompilationScope.entityModel(c), c));
  }

  /**
   * The plans a class (named queries and graphs), a repository method ({@code @Query}, {@code
   * @EntityGraph}) or a method body (Criteria fetches, with {@code criteria}) declares; the last
   * answer is reused when the next check asks about the same tree.
   */
  public ImmutableList<Site> declaredBy(Tree tree, boolean namedGraphs) {
    if (tree == lastTree && namedGraphs == lastNamedGraphs) {
      return lastSites;
    }
    ImmutableList<Site> sites;
    if (tree instanceof ClassTree) {
      sites = onClass((ClassTree) tree);
    } else if (tree instanceof MethodTree) {
      sites = onRepositoryMethod((MethodTree) tree, namedGraphs);
    } else {
      sites = ImmutableList.of();
    }
    lastTree = tree;
    lastNamedGraphs = namedGraphs;
    lastSites = sites;
    return sites;
  }

  /** {@code @NamedQuery} and {@code @NamedEntityGraph} declarations on an entity class. */
  private ImmutableList<Site> onClass(ClassTree tree) {
    Symbol.ClassSymbol symbol = ASTHelpers.getSymbol(tree);
    Optional<ManagedType> entity = symbol == null ? Optional.empty() : model.managedType(symbol);
    if (entity.isEmpty()) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Site> sites = ImmutableList.builder();
    String name = symbol.getSimpleName().toString();
    for (AnnotationTree annotation : annotations(tree.getModifiers().getAnnotations(), JpaNames.NAMED_QUERY)) {
      mirror(annotation)
          .flatMap(mirror -> Mirrors.explicitString(mirror, "query"))
          .flatMap(query -> ofJpql(query, entity))
          .ifPresent(plan -> sites.add(new Site(annotation, plan, name)));
    }
    for (AnnotationTree annotation : annotations(tree.getModifiers().getAnnotations(), JpaNames.NAMED_ENTITY_GRAPH)) {
      mirror(annotation)
          .flatMap(mirror -> ofGraph(entity.get(), EntityGraphs.paths(mirror), false))
          .ifPresent(plan -> sites.add(new Site(annotation, plan, name)));
    }
    return sites.build();
  }

  /**
   * {@code @Query} and {@code @EntityGraph} on a Spring Data repository query method. With {@code
   * namedGraphs}, {@code @EntityGraph("name")} is resolved too (its definition is reported on its
   * own; a use matters only for pagination).
   */
  private ImmutableList<Site> onRepositoryMethod(MethodTree tree, boolean namedGraphs) {
    List<? extends AnnotationTree> present = tree.getModifiers().getAnnotations();
    if (present.isEmpty()) {
      return ImmutableList.of(); // most methods, derived queries included: no @Query, no @EntityGraph
    }
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
    if (method == null || !repositories.isRepositoryQueryMethod(method)) {
      return ImmutableList.of();
    }
    List<AnnotationTree> queries = annotations(present, SpringData.QUERY);
    List<AnnotationTree> graphs = annotations(present, SpringData.ENTITY_GRAPH);
    if (queries.isEmpty() && graphs.isEmpty()) {
      return ImmutableList.of();
    }
    Optional<ManagedType> domain = domainType(method);
    String name = Display.method(method);
    ImmutableList.Builder<Site> sites = ImmutableList.builder();
    for (AnnotationTree annotation : queries) {
      mirror(annotation)
          .filter(mirror -> !Mirrors.explicitValue(mirror, "nativeQuery")
              .map(value -> Boolean.TRUE.equals(value.getValue())).orElse(false))
          .flatMap(mirror -> Mirrors.explicitString(mirror, "value"))
          .flatMap(query -> ofJpql(query, domain))
          .ifPresent(plan -> sites.add(new Site(annotation, plan, name)));
    }
    for (AnnotationTree annotation : graphs) {
      Optional<AnnotationMirror> mirror = mirror(annotation);
      if (mirror.isEmpty() || domain.isEmpty()) {
        continue;
      }
      List<String> paths = new ArrayList<>(Mirrors.explicitStrings(mirror.get(), "attributePaths"));
      Optional<String> graphName = Mirrors.explicitString(mirror.get(), "value").filter(n -> !n.isEmpty());
      if (paths.isEmpty() && graphName.isPresent()) {
        if (!namedGraphs) {
          continue;
        }
        Optional<? extends Iterable<String>> named = EntityGraphs.named(domain.get(), graphName.get());
        if (named.isEmpty()) {
          continue;
        }
        named.get().forEach(paths::add);
      }
      ofGraph(domain.get(), paths, false).ifPresent(plan -> sites.add(new Site(annotation, plan, name)));
    }
    return sites.build();
  }

  /**
   * Criteria API fetches in a method body, one plan per root, reported on the fetch call of the
   * last collection (the one that makes the plan multiply).
   */
  public ImmutableList<Site> criteria(MethodTree tree) {
    return lastCriteria.get(tree, this::criteriaUncached).sites();
  }

  /**
   * The collection-fetching plan of the Criteria query held in {@code query}, a local of {@code
   * method} whose root ({@code query.from(..)}) fetches a collection: what {@code
   * em.createQuery(query)} runs.
   */
  public Optional<FetchPlan> criteriaQuery(MethodTree method, Symbol query) {
    return Optional.ofNullable(lastCriteria.get(method, this::criteriaUncached).byQuery().get(query));
  }

  /**
   * The Criteria sites of {@code method} reported on {@code call}: asked at each call named {@code
   * fetch}, so that a method is read for fetches only when it has one, and each site is reported
   * once, when Error Prone reaches its call.
   */
  public ImmutableList<Site> criteriaAt(MethodInvocationTree call, Supplier<MethodTree> method) {
    if (call.getArguments().isEmpty() || !fetch.isCallOn(call)) {
      return ImmutableList.of();
    }
    MethodTree enclosing = method.get();
    return enclosing == null
        ? ImmutableList.of()
        : criteria(enclosing).stream().filter(site -> site.at() == call).collect(ImmutableList.toImmutableList());
  }

  private CriteriaPlans criteriaUncached(MethodTree tree) {
    ImmutableList<CriteriaFetches.RootFetches> roots = CriteriaFetches.in(tree, model, fetch);
    if (roots.isEmpty()) {
      return CriteriaPlans.NONE;
    }
    ImmutableList.Builder<Site> sites = ImmutableList.builder();
    Map<Symbol, FetchPlan> byQuery = new LinkedHashMap<>();
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
    String name = method == null ? "" : Display.method(method);
    for (CriteriaFetches.RootFetches root : roots) {
      Optional<FetchPlan> plan = ofGraph(root.entity(), root.paths().keySet(), false);
      if (plan.isEmpty() || plan.get().collections().isEmpty()) {
        continue;
      }
      FetchPlan.FetchedCollection last = plan.get().collections().get(plan.get().collections().size() - 1);
      MethodInvocationTree at = root.paths().get(last.path());
      if (at != null) {
        sites.add(new Site(at, plan.get(), name));
      }
      if (root.query() != null) {
        byQuery.putIfAbsent(root.query(), plan.get());
      }
    }
    return new CriteriaPlans(sites.build(), ImmutableMap.copyOf(byQuery));
  }

  /**
   * Whether a call can create a query from text, by its name alone: the test every check makes at
   * every call before anything else.
   */
  public boolean mayCreateFromText(MethodInvocationTree call) {
    return !call.getArguments().isEmpty() && createFromText.isCallOn(call);
  }

  /**
   * {@code em.createQuery("...")}, {@code session.createSelectionQuery("...", Order.class)};
   * {@code symbol} names the calling code, for fingerprints.
   */
  public Optional<Site> onCall(MethodInvocationTree call, Supplier<String> symbol) {
    if (!mayCreateFromText(call)) {
      return Optional.empty();
    }
    Symbol method = TreeInfo.symbol((JCTree) call.getMethodSelect());
    if (method == null) {
      return Optional.empty();
    }
    boolean panache = Panache.isBase(method.owner.getQualifiedName());
    if (panache ? !Panache.QUERY_TEXT.contains(method.getSimpleName().toString())
        : !CREATE_FROM_TEXT.contains(method.getSimpleName().toString())
            || !PersistenceSessions.isQueryFactory(method.owner.getQualifiedName())) {
      return Optional.empty();
    }
    Optional<String> text = Expressions.leadingText(call);
    if (text.isEmpty() || panache && !Panache.isHql(text.get())) {
      // Panache's shortened queries ("status = ?1") fetch nothing; its named queries
      // ("#Person.withPets") are read where they are declared.
      return Optional.empty();
    }
    Optional<ManagedType> resultClass = Optional.empty();
    if (panache) {
      // The entity the call is made on, or the repository's: its other arguments are parameters.
      resultClass = Origins.receiver(call).map(receiver -> ((JCTree) receiver).type).flatMap(this::panacheEntity);
    } else if (call.getArguments().size() > 1) {
      Type classType = ((JCTree) call.getArguments().get(1)).type;
      if (classType != null && classType.getTypeArguments().size() == 1) {
        resultClass = model.entity(classType.getTypeArguments().get(0));
      }
    }
    return ofJpql(text.get(), resultClass).map(plan -> new Site(call, plan, symbol.get()));
  }

  /** {@code Person} for {@code Person.find(..)}, the type argument for a {@code PanacheRepositoryBase<Person, Long>}. */
  private Optional<ManagedType> panacheEntity(Type type) {
    return type == null
        ? Optional.empty()
        : model.entity(type).or(() -> known.typeArgument(type, Panache.REPOSITORY_BASE).flatMap(model::entity));
  }

  /** The collections a JPQL/HQL select join-fetches; {@code hint} helps find its root entity. */
  public Optional<FetchPlan> ofJpql(String query, Optional<ManagedType> hint) {
    Optional<QueryFetches> analysis = queries.analyze(query);
    if (analysis.isEmpty() || !analysis.get().isSelect()) {
      return Optional.empty();
    }
    QueryFetches fetches = analysis.get();
    ImmutableList.Builder<FetchPlan.FetchedCollection> collections = ImmutableList.builder();
    String root = null;
    for (QueryJoin join : fetches.fetchJoins()) {
      Optional<JoinPath> path = fetches.pathOf(join);
      Optional<ManagedType> from = path.flatMap(p -> fetches.entityOf(p.from())).flatMap(n -> entityNamed(n, hint));
      if (from.isEmpty()) {
        return Optional.empty();
      }
      Optional<Attribute> last = lastAttribute(from.get(), path.get().attributes());
      if (last.isEmpty()) {
        return Optional.empty();
      }
      if (last.get().association().filter(a -> a.isCollection()).isPresent()) {
        collections.add(new FetchPlan.FetchedCollection(path.get().dotted(), last.get().association().get().isBag()));
        root = root == null ? from.get().simpleName() : root;
      }
    }
    return Optional.of(new FetchPlan(root == null ? "" : root, collections.build(), fetches.hasLimitOrOffset()));
  }

  /** The collections an entity graph on {@code root} fetches; a path implies its prefixes. */
  public Optional<FetchPlan> ofGraph(ManagedType root, Iterable<String> paths, boolean limitInText) {
    ImmutableList.Builder<FetchPlan.FetchedCollection> collections = ImmutableList.builder();
    for (String path : EntityGraphs.withPrefixes(paths)) {
      Optional<Attribute> last = lastAttribute(root, List.of(path.split("\\.", -1)));
      if (last.isEmpty()) {
        return Optional.empty();
      }
      if (last.get().association().filter(a -> a.isCollection()).isPresent()) {
        collections.add(new FetchPlan.FetchedCollection(path, last.get().association().get().isBag()));
      }
    }
    return Optional.of(new FetchPlan(root.simpleName(), collections.build(), limitInText));
  }

  /** The attribute at the end of a path, through to-ones and embeddables; empty if unknown. */
  private Optional<Attribute> lastAttribute(ManagedType root, List<String> attributes) {
    ManagedType current = root;
    Optional<Attribute> attribute = Optional.empty();
    for (int i = 0; i < attributes.size(); i++) {
      if (current == null) {
        return Optional.empty();
      }
      attribute = current.attribute(attributes.get(i));
      if (attribute.isEmpty()) {
        return Optional.empty();
      }
      current = attribute.get().embeddable().isPresent()
          ? model.embeddable(attribute.get()).orElse(null)
          : model.target(attribute.get()).orElse(null);
    }
    return attribute.filter(Attribute::isFetchable);
  }

  /** The entity a query names: the hint, a qualified name, or the one loaded class of that name. */
  private Optional<ManagedType> entityNamed(String name, Optional<ManagedType> hint) {
    if (hint.filter(entity -> names(entity, name)).isPresent()) {
      return hint;
    }
    if (name.contains(".")) {
      return known.find(name).flatMap(model::entity);
    }
    Optional<ManagedType> found = Optional.empty();
    for (Symbol.ClassSymbol candidate : Symtab.instance(context).getAllClasses()) {
      if (!candidate.getSimpleName().contentEquals(name) || candidate.classfile == null && candidate.sourcefile == null) {
        continue;
      }
      Optional<ManagedType> entity = model.entity(candidate).filter(e -> names(e, name));
      if (entity.isPresent()) {
        if (found.isPresent()) {
          return Optional.empty(); // Two entities of that name: cannot tell which.
        }
        found = entity;
      }
    }
    return found;
  }

  private static boolean names(ManagedType entity, String name) {
    return entity.entityName().equals(name) || entity.element().getQualifiedName().contentEquals(name);
  }

  /** The {@code T} of {@code Repository<T, ID>} for the method's repository interface. */
  private Optional<ManagedType> domainType(Symbol.MethodSymbol method) {
    return known.typeArgument(method.owner.type, SpringData.REPOSITORY).flatMap(model::entity);
  }

  private static Optional<AnnotationMirror> mirror(AnnotationTree annotation) {
    return Optional.ofNullable(ASTHelpers.getAnnotationMirror(annotation));
  }

  /**
   * Annotations of a type among {@code annotations}, also inside containers ({@code @NamedQueries}).
   * A simple name means the JPA annotation in either namespace; a qualified name, exactly that one.
   */
  private static List<AnnotationTree> annotations(List<? extends AnnotationTree> annotations, String type) {
    List<String> names = type.contains(".") ? List.of(type) : JpaNames.persistence(type);
    List<AnnotationTree> found = new ArrayList<>();
    for (AnnotationTree annotation : annotations) {
      new TreeScanner<Void, Void>() {
        @Override
        public Void visitAnnotation(AnnotationTree node, Void unused) {
          Symbol symbol = ASTHelpers.getSymbol(node.getAnnotationType());
          if (symbol != null && names.contains(symbol.getQualifiedName().toString())) {
            found.add(node);
          }
          return super.visitAnnotation(node, unused);
        }
      }.scan(annotation, null);
    }
    return found;
  }
}
