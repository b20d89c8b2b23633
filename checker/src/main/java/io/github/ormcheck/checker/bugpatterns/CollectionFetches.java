package io.github.ormcheck.checker.bugpatterns;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.KnownTypes;
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

  /** A top-level Criteria query, which its builder methods return (a subquery is none). */
  private static final ImmutableSet<String> CRITERIA_QUERIES = ImmutableSet.of(
      "jakarta.persistence.criteria.CriteriaQuery", "javax.persistence.criteria.CriteriaQuery");

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

  /**
   * {@code em.createQuery(criteria)} or {@code em.createQuery(criteria.select(root).where(..))},
   * where {@code criteria} is a local Criteria query of the enclosing method whose root fetches a
   * collection: that plan, reported at {@code at}.
   */
  static Optional<QueryFetchPlans.Site> criteriaQuery(
      BugChecker check, OrmCheckOptions options, PerCompilation<QueryFetchPlans> plans, MethodInvocationTree created,
      Tree at, VisitorState state) {
    try {
      if (created.getArguments().size() != 1) {
        return Optional.empty();
      }
      ExpressionTree argument = Expressions.strip(created.getArguments().get(0));
      // select, where, orderBy, distinct: the builder methods return the query they are called on.
      KnownTypes types = KnownTypes.instance(state.context);
      for (int step = 0; step < 32 && argument instanceof MethodInvocationTree call
          && call.getMethodSelect() instanceof MemberSelectTree select
          && CRITERIA_QUERIES.stream().anyMatch(type -> types.isSubtype(ASTHelpers.getType(call), type)); step++) {
        argument = Expressions.strip(select.getExpression());
      }
      if (!(argument instanceof IdentifierTree query)) {
        return Optional.empty();
      }
      MethodTree method = state.findEnclosing(MethodTree.class);
      Symbol variable = ASTHelpers.getSymbol(query);
      if (method == null || variable == null) {
        return Optional.empty();
      }
      return plans.get(state.context).criteriaQuery(method, variable)
          .map(plan -> new QueryFetchPlans.Site(at, plan, enclosing(state)));
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(check, state, options, e);
      return Optional.empty();
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
