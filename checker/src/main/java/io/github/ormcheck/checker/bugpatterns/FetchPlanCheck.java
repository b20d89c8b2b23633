package io.github.ormcheck.checker.bugpatterns;

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

/**
 * The checks that judge what one query or entity graph fetches at once: every fetch plan
 * ({@code @Query}, named queries and graphs, {@code @EntityGraph}, {@code createQuery}, Criteria
 * fetches) is read by {@link CollectionFetches} and handed to {@link #problem}.
 */
abstract class FetchPlanCheck extends OrmCheck
    implements ClassTreeMatcher, MethodTreeMatcher, MethodInvocationTreeMatcher {

  FetchPlanCheck(ErrorProneFlags flags) {
    super(flags);
  }

  /** The finding's message for this plan, or empty when the plan is fine for this rule. */
  abstract Optional<String> problem(FetchPlan plan);

  /** What the finding is about in this plan (the paths), for its stable symbol. */
  abstract String subject(FetchPlan plan);

  @Override
  public final Description matchClass(ClassTree tree, VisitorState state) {
    checkMappings(tree, state, options);
    return check(CollectionFetches.sites(this, options, tree, state, false), state);
  }

  /**
   * Whether the rule's claim is about Hibernate's own behavior, so that it stays silent on another
   * JPA provider ({@link CheckSupport#anotherJpaProvider}).
   */
  boolean aboutHibernate() {
    return false;
  }

  /** The rule's side on entity mappings, for a rule that has one; run on every class. */
  void checkMappings(ClassTree tree, VisitorState state, OrmCheckOptions options) {}

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    check(CollectionFetches.criteriaSites(this, options, tree, state), state);
    return check(CollectionFetches.sites(this, options, tree, state, false), state);
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return check(CollectionFetches.sites(this, options, (Tree) tree, state, false), state);
  }

  private Description check(List<QueryFetchPlans.Site> sites, VisitorState state) {
    if (!sites.isEmpty() && aboutHibernate() && CheckSupport.anotherJpaProvider(state, options)) {
      return Description.NO_MATCH;
    }
    for (QueryFetchPlans.Site site : sites) {
      Optional<String> message = problem(site.plan());
      if (message.isPresent()) {
        CheckSupport.report(this, state, options, site.at(), message.get(), Optional.empty(),
            site.symbol() + ":" + subject(site.plan()));
      }
    }
    return Description.NO_MATCH;
  }
}
