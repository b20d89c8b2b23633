package io.github.ormcheck.checker.jpql;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What one readable JPQL/HQL statement loads: its roots, its joins (fetch or not, top-level or in
 * a subquery), and the few select-clause and pagination facts the loading rules need. Immutable
 * and thread-safe.
 *
 * <p>Which method to use:
 *
 * <ul>
 *   <li>{@link #fetchPaths(String)}: the association paths a result entity arrives with, already
 *       initialized ({@code LazyLoadInLoop}, {@code UnrealizedLoadPlan}). Only chains of fetch
 *       joins count: {@code join o.lineItems li join fetch li.product} does not initialize {@code
 *       o.lineItems}.
 *   <li>{@link #fetchJoins()} with {@link #pathOf(QueryJoin)}: every fetch join of the query, with
 *       the entity it starts from, whatever joins lead to it ({@code MultipleCollectionFetch},
 *       {@code MultipleBagFetch}, {@code PaginatedCollectionFetch}: rows multiply either way).
 * </ul>
 *
 * <p>Aliases given to the methods match case-insensitively, as JPQL identification variables do;
 * results spell them as the query declares them.
 */
public final class QueryFetches {
  private final StatementKind kind;
  private final ImmutableList<QueryRoot> allRoots;
  private final ImmutableList<QueryJoin> allJoins;
  private final ImmutableList<QueryRoot> roots;
  private final ImmutableList<QueryJoin> joins;
  private final ImmutableList<SelectItem> selectItems;
  private final boolean hasSelectClause;
  private final boolean distinct;
  private final boolean orderBy;
  private final boolean limitOrOffset;
  private final Map<String, QueryRoot> rootsByAlias = new HashMap<>();
  private final Map<String, QueryJoin> joinsByAlias = new HashMap<>();

  QueryFetches(
      StatementKind kind,
      List<QueryRoot> roots,
      List<QueryJoin> joins,
      List<SelectItem> selectItems,
      boolean hasSelectClause,
      boolean distinct,
      boolean orderBy,
      boolean limitOrOffset) {
    this.kind = kind;
    this.allRoots = ImmutableList.copyOf(roots);
    this.allJoins = ImmutableList.copyOf(joins);
    this.roots = allRoots.stream().filter(QueryRoot::topLevel).collect(ImmutableList.toImmutableList());
    this.joins = allJoins.stream().filter(QueryJoin::topLevel).collect(ImmutableList.toImmutableList());
    this.selectItems = ImmutableList.copyOf(selectItems);
    this.hasSelectClause = hasSelectClause;
    this.distinct = distinct;
    this.orderBy = orderBy;
    this.limitOrOffset = limitOrOffset;
    // Filled once here and only read afterwards; aliases are unique per query (the parser checks).
    for (QueryRoot root : this.roots) {
      root.alias().ifPresent(alias -> rootsByAlias.putIfAbsent(key(alias), root));
    }
    for (QueryJoin join : this.joins) {
      join.alias().ifPresent(alias -> joinsByAlias.putIfAbsent(key(alias), join));
    }
  }

  private static String key(String alias) {
    return alias.toLowerCase(Locale.ROOT);
  }

  public StatementKind kind() {
    return kind;
  }

  /** Only a select loads entities; update, delete and insert have no fetches. */
  public boolean isSelect() {
    return kind == StatementKind.SELECT;
  }

  /** The top-level roots, in order (for update/delete/insert: the target entity). */
  public ImmutableList<QueryRoot> roots() {
    return roots;
  }

  /** Roots including those of subqueries ({@link QueryRoot#topLevel()} tells them apart). */
  public ImmutableList<QueryRoot> allRoots() {
    return allRoots;
  }

  /** The top-level joins, in order: the only ones that load anything for the caller. */
  public ImmutableList<QueryJoin> joins() {
    return joins;
  }

  /** Joins including those of subqueries ({@link QueryJoin#topLevel()} tells them apart). */
  public ImmutableList<QueryJoin> allJoins() {
    return allJoins;
  }

  /** The top-level {@code join fetch}es, in order. */
  public ImmutableList<QueryJoin> fetchJoins() {
    return joins.stream().filter(QueryJoin::fetch).collect(ImmutableList.toImmutableList());
  }

  /** The top-level root declaring {@code alias}. */
  public Optional<QueryRoot> root(String alias) {
    return Optional.ofNullable(rootsByAlias.get(key(alias)));
  }

  /** The top-level join declaring {@code alias}. */
  public Optional<QueryJoin> join(String alias) {
    return Optional.ofNullable(joinsByAlias.get(key(alias)));
  }

  /** The entity name behind {@code alias} when the query names it: a root or an entity join. */
  public Optional<String> entityOf(String alias) {
    Optional<QueryRoot> root = root(alias);
    if (root.isPresent()) {
      return Optional.of(root.get().entityName());
    }
    return join(alias).flatMap(QueryJoin::entityName);
  }

  /**
   * The full path of a top-level path join from the root or entity join it starts from, through
   * any joins in between (fetch or not): {@code from Order o join o.lineItems li join fetch
   * li.product} gives {@code o} + {@code lineItems.product} for the last join. Empty for entity
   * joins and subquery joins.
   */
  public Optional<JoinPath> pathOf(QueryJoin join) {
    if (!join.topLevel() || join.isEntityJoin()) {
      return Optional.empty();
    }
    List<String> attributes = new ArrayList<>(join.path());
    String source = join.source().get();
    for (int steps = 0; steps <= joins.size(); steps++) {
      if (root(source).isPresent()) {
        return Optional.of(new JoinPath(source, ImmutableList.copyOf(attributes), join));
      }
      Optional<QueryJoin> previous = join(source);
      if (previous.isEmpty()) {
        return Optional.empty();
      }
      if (previous.get().isEntityJoin()) {
        return Optional.of(new JoinPath(source, ImmutableList.copyOf(attributes), join));
      }
      attributes.addAll(0, previous.get().path());
      source = previous.get().source().get();
    }
    return Optional.empty();
  }

  /**
   * The association paths that entities of {@code alias} (a root alias, or a join alias such as
   * {@code c} in {@code select c from Order o join o.customer c}) arrive with, initialized by a
   * chain of top-level fetch joins: {@code from Order o join fetch o.lineItems li join fetch
   * li.product} gives {@code lineItems} and {@code lineItems.product} for {@code o}. A dotted
   * fetch ({@code join fetch o.customer.address}) counts as written, {@code customer.address}.
   */
  public ImmutableList<JoinPath> fetchPaths(String alias) {
    ImmutableList.Builder<JoinPath> paths = ImmutableList.builder();
    for (QueryJoin fetch : fetchJoins()) {
      List<String> attributes = new ArrayList<>(fetch.path());
      String source = fetch.source().orElse(null);
      for (int steps = 0; source != null && steps <= joins.size(); steps++) {
        if (key(source).equals(key(alias))) {
          paths.add(new JoinPath(source, ImmutableList.copyOf(attributes), fetch));
          break;
        }
        Optional<QueryJoin> previous = join(source).filter(QueryJoin::fetch);
        if (previous.isEmpty()) {
          break;
        }
        attributes.addAll(0, previous.get().path());
        source = previous.get().source().orElse(null);
      }
    }
    return paths.build();
  }

  /**
   * Whether {@code dottedPath} ({@code lineItems.product}) is initialized on entities of {@code
   * alias}: some fetch path equals it or extends it.
   */
  public boolean isFetched(String alias, String dottedPath) {
    return fetchPaths(alias).stream()
        .map(JoinPath::dotted)
        .anyMatch(path -> path.equals(dottedPath) || path.startsWith(dottedPath + "."));
  }

  /** Whether the query has a SELECT clause at all (HQL allows {@code from Order o} alone). */
  public boolean hasSelectClause() {
    return hasSelectClause;
  }

  /** The items of the top-level SELECT clause; empty without one. */
  public ImmutableList<SelectItem> selectItems() {
    return selectItems;
  }

  /** {@code select distinct ...} at the top level. */
  public boolean distinct() {
    return distinct;
  }

  /**
   * The alias whose entities the query returns, when that is plain: the select clause is one
   * identification variable ({@code select c}), or there is no select clause, one root and no
   * non-fetch joins. Empty otherwise (scalars, DTOs, tuples), and for a root without alias.
   */
  public Optional<String> selectedAlias() {
    if (!isSelect()) {
      return Optional.empty();
    }
    if (hasSelectClause) {
      return selectItems.size() == 1 ? selectItems.get(0).variable() : Optional.empty();
    }
    if (roots.size() == 1 && joins.stream().allMatch(QueryJoin::fetch)) {
      return roots.get(0).alias();
    }
    return Optional.empty();
  }

  /** Whether the top-level query has ORDER BY. */
  public boolean hasOrderBy() {
    return orderBy;
  }

  /**
   * Whether the top-level query limits its rows itself (HQL {@code limit}, {@code offset}, {@code
   * fetch first}): with a collection fetch, that is pagination in memory too.
   */
  public boolean hasLimitOrOffset() {
    return limitOrOffset;
  }

  @Override
  public String toString() {
    return kind + " roots=" + allRoots + " joins=" + allJoins + " select=" + selectItems;
  }
}
