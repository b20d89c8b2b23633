package io.github.ormcheck.checker.findings;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The rule catalog: one entry per implemented rule, the single source of its id, default
 * severity, summary and documentation link. Compiler messages, {@code docs/rules/<RuleId>.md}
 * (checked by a test) and SARIF {@code rules[]} all come from here. Rule ids are public API.
 */
public enum Rule {
  LAZY_LOAD_IN_LOOP(
      "LazyLoadInLoop",
      "FetchAssociationsBeforeTheLoop",
      Category.LOADING,
      Severity.WARNING,
      "A lazy association is loaded once per element of a loop: 1 + N queries."),
  QUERY_IN_LOOP(
      "QueryInLoop",
      "BatchQueriesOutsideLoops",
      Category.LOADING,
      Severity.WARNING,
      "A query runs once per element of a loop: 1 + N queries where one batched query would do."),
  INVALID_LOAD_PLAN(
      "InvalidLoadPlan",
      "DeclareExistingAssociationsInLoadPlans",
      Category.LOAD_PLANS,
      Severity.ERROR,
      "A @LoadPlan path names no association of its entity, or the plan has no root entity."),
  LOAD_PLAN_VIOLATION(
      "LoadPlanViolation",
      "StayWithinTheLoadPlan",
      Category.LOAD_PLANS,
      Severity.WARNING,
      "Code navigates an association path that its @LoadPlan does not declare."),
  UNREALIZED_LOAD_PLAN(
      "UnrealizedLoadPlan",
      "FetchWhatTheLoadPlanDeclares",
      Category.LOAD_PLANS,
      Severity.WARNING,
      "A @LoadPlan declares a path that the method's query does not load."),
  EAGER_TO_MANY(
      "EagerToMany",
      "KeepCollectionsLazy",
      Category.MAPPINGS,
      Severity.WARNING,
      "A collection association is EAGER: every load of the owner loads the whole collection."),
  EAGER_TO_ONE(
      "EagerToOne",
      "KeepToOneAssociationsLazy",
      Category.MAPPINGS,
      Severity.WARNING,
      "A to-one association is EAGER (explicitly or by the JPA default): each query of the owner"
          + " issues one extra select per distinct target."),
  MANY_TO_MANY_LIST(
      "ManyToManyList",
      "MapManyToManyAsSet",
      Category.MAPPINGS,
      Severity.WARNING,
      "A @ManyToMany mapped as a bag: removing one link deletes all of the owner's links and"
          + " re-inserts the rest."),
  UNIDIRECTIONAL_ONE_TO_MANY(
      "UnidirectionalOneToMany",
      "MapOneToManyWithAForeignKey",
      Category.MAPPINGS,
      Severity.WARNING,
      "A @OneToMany with neither mappedBy nor @JoinColumn: a join table and extra statements for"
          + " every change."),
  MULTIPLE_COLLECTION_FETCH(
      "MultipleCollectionFetch",
      "FetchOneCollectionPerQuery",
      Category.LOADING,
      Severity.WARNING,
      "One query fetches two or more collections: rows multiply (parents x children x children)."),
  PAGINATED_COLLECTION_FETCH(
      "PaginatedCollectionFetch",
      "PageIdsBeforeFetchingCollections",
      Category.LOADING,
      Severity.WARNING,
      "A collection fetch is paginated: before Hibernate 7.4, every row is read and paged in memory"
          + " (HHH90003004)."),
  MULTIPLE_BAG_FETCH(
      "MultipleBagFetch",
      "FetchAtMostOneBagAtOnce",
      Category.LOADING,
      Severity.ERROR,
      "Two or more bags fetched at once: Hibernate throws MultipleBagFetchException."),
  REMOTE_CALL_IN_TRANSACTION(
      "RemoteCallInTransaction",
      "KeepRemoteCallsOutOfTransactions",
      Category.TRANSACTIONS,
      Severity.WARNING,
      "A network call or external side effect runs inside a transaction: the transaction holds its"
          + " database connection and locks while it waits, and cannot roll the call back."),
  TRANSACTIONAL_SELF_INVOCATION(
      "TransactionalSelfInvocation",
      "CallTransactionalMethodsThroughTheProxy",
      Category.TRANSACTIONS,
      Severity.WARNING,
      "A @Transactional method is called through this: the call bypasses the proxy, and the"
          + " callee's transaction attributes, which differ from the caller's, are ignored."),
  UNBOUNDED_LOOP_IN_TRANSACTION(
      "UnboundedLoopInTransaction",
      "ChunkLargeWritesInTransactions",
      Category.TRANSACTIONS,
      Severity.WARNING,
      "A writing transaction loops over an unbounded query result and writes per element: the"
          + " transaction, its locks and the persistence context grow with the table."),
  INEFFECTIVE_TRANSACTIONAL(
      "IneffectiveTransactional",
      "PutTransactionalOnProxiableMethods",
      Category.TRANSACTIONS,
      Severity.WARNING,
      "@Transactional on a private, static or final method (or a final class): the transaction"
          + " proxy cannot intercept it, so no transaction starts."),
  OPEN_SESSION_IN_VIEW(
      "OpenSessionInView",
      "DisableOpenSessionInView",
      Category.CONFIGURATION,
      Severity.WARNING,
      "spring.jpa.open-in-view is unset or true: lazy loading leaks into the web layer and each"
          + " request holds a database connection until the response is written."),
  IMPLICIT_POOL_SIZE(
      "ImplicitPoolSize",
      "SizeTheConnectionPoolExplicitly",
      Category.CONFIGURATION,
      Severity.WARNING,
      "The data source's connection pool size is left at its default, which is not sized for the"
          + " application's load.");

  /** Where the documentation pages live; each rule's page is {@code <RuleId>.md} under it. */
  public static final String DOCS_BASE_URL =
      "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/";

  /** The groups of the rule catalog, used as SARIF tags. */
  public enum Category {
    LOADING("loading"),
    LOAD_PLANS("load-plans"),
    MAPPINGS("mappings"),
    TRANSACTIONS("transactions"),
    CONFIGURATION("configuration");

    private final String tag;

    Category(String tag) {
      this.tag = tag;
    }

    public String tag() {
      return tag;
    }
  }

  private final String id;
  private final String name;
  private final Category category;
  private final Severity defaultSeverity;
  private final String summary;

  Rule(String id, String name, Category category, Severity defaultSeverity, String summary) {
    this.id = id;
    this.name = name;
    this.category = category;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** The public rule id, as in {@code [RuleId]}, {@code @SuppressWarnings} and SARIF. */
  public String id() {
    return id;
  }

  /**
   * A friendly name that says what to do (SARIF {@code reportingDescriptor.name}), distinct from
   * the id, which names the problem.
   */
  public String friendlyName() {
    return name;
  }

  public Category category() {
    return category;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  public String summary() {
    return summary;
  }

  public String documentationUrl() {
    return DOCS_BASE_URL + id + ".md";
  }

  public ImmutableList<String> tags() {
    return ImmutableList.of("ormcheck", category.tag());
  }

  public static Optional<Rule> byId(String id) {
    for (Rule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }
}
