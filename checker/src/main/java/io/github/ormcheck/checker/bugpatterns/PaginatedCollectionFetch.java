package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.loading.FetchPlan;
import io.github.ormcheck.checker.loading.Origins;
import io.github.ormcheck.checker.loading.Pagination;
import io.github.ormcheck.checker.loading.QueryFetchPlans;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code PaginatedCollectionFetch}: a query or entity graph that fetches a collection is paged.
 * What that costs depends on the Hibernate version, which the message states: before 7.4,
 * Hibernate reads every row and pages in memory (HHH90003004); 7.4 pages the parents in a
 * subquery (HHH-19933).
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "PaginatedCollectionFetch",
    summary =
        "A collection fetch is paginated: before Hibernate 7.4, every row is read and paged in"
            + " memory (HHH90003004). Page the ids first, then fetch by ids.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/PaginatedCollectionFetch.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class PaginatedCollectionFetch extends OrmCheck
    implements ClassTreeMatcher, MethodTreeMatcher, MethodInvocationTreeMatcher {
  private static final HibernateVersion SUBQUERY_PAGING = new HibernateVersion(7, 4);
  private static final String FIX =
      " Page the ids first (select x.id with the same order and page), then fetch the page's"
          + " entities with their collections by where x.id in :ids.";

  /** Error Prone asks about every call: the compilation's helper, looked up once. */
  private final PerCompilation<QueryFetchPlans> plans = new PerCompilation<>(QueryFetchPlans::instance);

  private final PerCompilation<Pagination> pagination = new PerCompilation<>(Pagination::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public PaginatedCollectionFetch() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public PaginatedCollectionFetch(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    for (QueryFetchPlans.Site site : CollectionFetches.sites(this, options, plans, tree, state, false)) {
      report(site, site.plan().limitInText() ? Optional.of("its limit/offset clause") : Optional.empty(), state);
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    ImmutableList<QueryFetchPlans.Site> sites = CollectionFetches.sites(this, options, plans, tree, state, true);
    if (sites.isEmpty()) {
      return Description.NO_MATCH; // most methods: no plan, so how they page does not matter
    }
    Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
    Optional<String> paging = method == null ? Optional.empty() : Pagination.ofRepositoryMethod(method);
    for (QueryFetchPlans.Site site : sites) {
      report(site, paging.or(() -> site.plan().limitInText() ? Optional.of("its limit/offset clause") : Optional.empty()), state);
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    Optional<MethodInvocationTree> created = pagination.get(state.context).createdQuery(tree, state.getPath(),
        (variable, where) -> new Origins(CheckSupport.model(state), state.context).definitionOf(variable, where));
    if (created.isPresent()) {
      Optional<String> paging = Optional.of(ASTHelpers.getSymbol(tree).getSimpleName().toString());
      ImmutableList<QueryFetchPlans.Site> sites = CollectionFetches.sites(this, options, plans, created.get(), state, false);
      for (QueryFetchPlans.Site site : sites) {
        report(new QueryFetchPlans.Site(tree, site.plan(), site.symbol()), paging, state);
      }
      if (sites.isEmpty()) {
        CollectionFetches.criteriaQuery(this, options, plans, created.get(), tree, state)
            .ifPresent(site -> report(site, paging, state));
      }
      return Description.NO_MATCH;
    }
    for (QueryFetchPlans.Site site : CollectionFetches.sites(this, options, plans, tree, state, false)) {
      report(site, site.plan().limitInText() ? Optional.of("its limit/offset clause") : Optional.empty(), state);
    }
    return Description.NO_MATCH;
  }

  private void report(QueryFetchPlans.Site site, Optional<String> paging, VisitorState state) {
    FetchPlan plan = site.plan();
    if (paging.isEmpty() || plan.collections().isEmpty() || CheckSupport.anotherJpaProvider(state, options)) {
      return; // The in-memory pagination described here is Hibernate's.
    }
    String message = String.format(
        "Pages a query that fetches the collection%s %s of %s (paged by %s). %s%s",
        plan.collections().size() > 1 ? "s" : "", FetchPlan.paths(plan.collections()), plan.root(),
        paging.get(), behavior(state), FIX);
    CheckSupport.report(this, state, options, site.at(), message, Optional.empty(),
        site.symbol() + ":" + FetchPlan.paths(plan.collections()));
  }

  /**
   * Which of the two behaviors applies, by the Hibernate version the options give
   * (-Aormcheck.hibernateVersion, else -XepOpt:OrmCheck:HibernateVersion) or the class path shows.
   */
  private String behavior(VisitorState state) {
    Optional<HibernateVersion> version = CheckSupport.hibernateVersion(this, state, options);
    String inMemory = "reads every row of the join and pages in memory (warning HHH90003004): the"
        + " whole result for each page";
    if (version.isEmpty()) {
      return "The Hibernate version is unknown here (set -XepOpt:OrmCheck:HibernateVersion): before"
          + " 7.4, Hibernate " + inMemory + "; 7.4 and later page the parents in a subquery where they"
          + " can (HHH-19933).";
    }
    if (version.get().isBefore(SUBQUERY_PAGING.major(), SUBQUERY_PAGING.minor())) {
      return "This build uses Hibernate " + version.get() + ", which " + inMemory + ".";
    }
    return "This build uses Hibernate " + version.get() + ", which pages the parents in a subquery"
        + " and joins the collection to that page (HHH-19933; measured on 7.4.13 with H2: only the"
        + " page's rows are read), except where it cannot (measured: an order by on the fetched"
        + " collection), and then it still " + inMemory + "; before 7.4, every such query did.";
  }
}
