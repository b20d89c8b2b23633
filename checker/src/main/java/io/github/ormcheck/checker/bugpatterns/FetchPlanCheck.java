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
import io.github.ormcheck.checker.javac.PerCompilation;
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
  /** Error Prone asks about every call: the compilation's helper, looked up once. */
  private final PerCompilation<QueryFetchPlans> plans = new PerCompilation<>(QueryFetchPlans::instance);

  FetchPlanCheck(ErrorProneFlags flags) {
    super(flags);
  }

  /**
   * The finding's message for this plan, or empty when the plan is fine for this rule. {@code
   * hibernate} is false when the compilation runs on another JPA provider ({@link
   * CheckSupport#anotherJpaProvider}).
   */
  abstract Optional<String> problem(FetchPlan plan, boolean hibernate);

  /** What the finding is about in this plan (the paths), for its stable symbol. */
  abstract String subject(FetchPlan plan);

  @Override
  public final Description matchClass(ClassTree tree, VisitorState state) {
    checkMappings(tree, state, options);
    return check(CollectionFetches.sites(this, options, plans, tree, state, false), state);
  }

  /** The rule's side on entity mappings, for a rule that has one; run on every class. */
  void checkMappings(ClassTree tree, VisitorState state, OrmCheckOptions options) {}

  @Override
  public final Description matchMethod(MethodTree tree, VisitorState state) {
    return check(CollectionFetches.sites(this, options, plans, tree, state, false), state);
  }

  @Override
  public final Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    check(CollectionFetches.criteriaSites(this, options, plans, tree, state), state);
    return check(CollectionFetches.sites(this, options, plans, (Tree) tree, state, false), state);
  }

  private Description check(List<QueryFetchPlans.Site> sites, VisitorState state) {
    boolean hibernate = sites.isEmpty() || !CheckSupport.anotherJpaProvider(state, options);
    for (QueryFetchPlans.Site site : sites) {
      if (!hibernate && isEntityGraph(site)) {
        continue; // EclipseLink and the others load a graph's collections without joining them.
      }
      Optional<String> message = problem(site.plan(), hibernate);
      if (message.isPresent()) {
        CheckSupport.report(this, state, options, site.at(), message.get(), Optional.empty(),
            site.symbol() + ":" + subject(site.plan()));
      }
    }
    return Description.NO_MATCH;
  }

  private static boolean isEntityGraph(QueryFetchPlans.Site site) {
    return site.at() instanceof com.sun.source.tree.AnnotationTree annotation
        && annotation.getAnnotationType().toString().endsWith("EntityGraph");
  }
}
