package io.github.ormcheck.checker.bugpatterns;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.loading.QueryFetchPlans;
import java.util.Optional;

/**
 * What the collection-fetch checks share: finding the fetch plans a tree declares, and the
 * alternatives their messages explain. Never throws: an unreadable construct gives no plan (and,
 * with {@code -Aormcheck.internalErrors=note}, a note from {@code check}).
 */
final class CollectionFetches {
  /** The alternatives, for every message about fetching several collections at once. */
  static final String ALTERNATIVES =
      "Fetch one collection per query and load the next with a second query by ids (where x.id in"
          + " :ids): Hibernate fills the same persistence context; or drop its join fetch and batch"
          + " it (@BatchSize or @Fetch(SUBSELECT)); a Set instead of a List fits only where order"
          + " does not matter and the product stays small.";

  private CollectionFetches() {}

  /**
   * Criteria API fetches reported on this call, a {@code fetch} of the enclosing method (not
   * paginated: only the Multiple* checks use them).
   */
  static ImmutableList<QueryFetchPlans.Site> criteriaSites(
      BugChecker check, OrmCheckOptions options, PerCompilation<QueryFetchPlans> plans, MethodInvocationTree tree,
      VisitorState state) {
    try {
      return plans.get(state.context).criteriaAt(tree, () -> state.findEnclosing(MethodTree.class));
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(check, state, options, e);
      return ImmutableList.of();
    }
  }

  static ImmutableList<QueryFetchPlans.Site> sites(
      BugChecker check, OrmCheckOptions options, PerCompilation<QueryFetchPlans> compilationPlans, Tree tree,
      VisitorState state, boolean namedGraphUses) {
    try {
      QueryFetchPlans plans = compilationPlans.get(state.context);
      if (tree instanceof MethodInvocationTree) {
        MethodInvocationTree call = (MethodInvocationTree) tree;
        if (!plans.mayCreateFromText(call)) {
          return ImmutableList.of(); // most calls: decided by the name, before any lookup
        }
        Optional<QueryFetchPlans.Site> site = plans.onCall(call, () -> enclosing(state));
        return site.map(ImmutableList::of).orElse(ImmutableList.of());
      }
      return plans.declaredBy(tree, namedGraphUses);
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(check, state, options, e);
    }
    return ImmutableList.of();
  }

  /** {@code OrderService.recentOrders}, for fingerprints. */
  static String enclosing(VisitorState state) {
    MethodTree method = ASTHelpers.findEnclosingNode(state.getPath(), MethodTree.class);
    ClassTree type = ASTHelpers.findEnclosingNode(state.getPath(), ClassTree.class);
    return (type == null ? "" : type.getSimpleName() + ".") + (method == null ? "" : method.getName());
  }
}
