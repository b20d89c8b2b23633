package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

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
 * {@code MultipleCollectionFetch}: one query or entity graph fetches two or more collections (at
 * most one bag, else {@code MultipleBagFetch}): the select returns parents x children x children
 * rows.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "MultipleCollectionFetch",
    summary =
        "One query fetches two or more collections: rows multiply (parents x children x children)."
            + " Fetch one collection per query.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/MultipleCollectionFetch.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class MultipleCollectionFetch extends BugChecker
    implements ClassTreeMatcher, MethodTreeMatcher, MethodInvocationTreeMatcher {
  private final OrmCheckOptions options;

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public MultipleCollectionFetch() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public MultipleCollectionFetch(ErrorProneFlags flags) {
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
      if (plan.collections().size() < 2 || plan.bags().size() > 1) {
        continue;
      }
      String message = String.format(
          "Fetches %d collections of %s in one select (%s): rows multiply, %s, and every parent and"
              + " child is read once per row. %s",
          plan.collections().size(), plan.root(), FetchPlan.paths(plan.collections()),
          plan.rowEstimate(), CollectionFetches.ALTERNATIVES);
      CheckSupport.report(this, state, options, site.at(), message, Optional.empty(),
          site.symbol() + ":" + FetchPlan.paths(plan.collections()));
    }
    return Description.NO_MATCH;
  }
}
