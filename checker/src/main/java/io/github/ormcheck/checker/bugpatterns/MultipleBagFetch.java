package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.loading.FetchPlan;
import io.github.ormcheck.checker.loading.QueryFetchPlans;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code MultipleBagFetch}, query side: one query or entity graph fetches two or more bags ({@code
 * List}/{@code Collection} without {@code @OrderColumn}): Hibernate throws {@code
 * MultipleBagFetchException} when it builds the query. (The mapping side, two EAGER bags on one
 * entity under Hibernate 5, is the annotation processor's {@code EagerBagsRule}.)
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "MultipleBagFetch",
    summary =
        "One query fetches two or more bags: Hibernate throws MultipleBagFetchException when it"
            + " builds the query. Fetch one bag per query.",
    severity = ERROR,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/MultipleBagFetch.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class MultipleBagFetch extends BugChecker
    implements ClassTreeMatcher, MethodTreeMatcher, MethodInvocationTreeMatcher {
  private final OrmCheckOptions options;

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public MultipleBagFetch() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public MultipleBagFetch(ErrorProneFlags flags) {
    this.options = CheckSupport.options(flags);
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    return check(tree, state);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    check(CollectionFetches.criteriaSites(tree, state), state);
    return check(tree, state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return check(tree, state);
  }

  private Description check(Tree tree, VisitorState state) {
    return check(CollectionFetches.sites(tree, state, false), state);
  }

  private Description check(List<QueryFetchPlans.Site> sites, VisitorState state) {
    for (QueryFetchPlans.Site site : sites) {
      FetchPlan plan = site.plan();
      if (plan.bags().size() < 2) {
        continue;
      }
      String message = String.format(
          "Fetches %d bags of %s in one select (%s; a List or Collection without @OrderColumn):"
              + " Hibernate throws MultipleBagFetchException when it builds the query, and even"
              + " without the exception %s. %s",
          plan.bags().size(), plan.root(), FetchPlan.paths(plan.bags()), plan.rowEstimate(),
          CollectionFetches.ALTERNATIVES);
      CheckSupport.report(this, state, options, site.at(), message, Optional.empty(),
          site.symbol() + ":" + FetchPlan.paths(plan.bags()));
    }
    return Description.NO_MATCH;
  }
}
