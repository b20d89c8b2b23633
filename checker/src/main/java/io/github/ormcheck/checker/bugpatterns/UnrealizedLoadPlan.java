package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.loading.RepositoryLoads;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.Mirrors;
import io.github.ormcheck.checker.plans.LoadPlan;
import io.github.ormcheck.checker.plans.LoadPlans;
import io.github.ormcheck.checker.plans.PlanPaths;
import io.github.ormcheck.checker.plans.PlanCoverage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code UnrealizedLoadPlan}: a {@code @LoadPlan} on a Spring Data query method declares a path
 * that the method's query neither join-fetches nor covers by an entity graph, batch or subselect
 * fetching.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "UnrealizedLoadPlan",
    summary = "A @LoadPlan declares a path that the method's query does not load.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/UnrealizedLoadPlan.md",
    tags = {"ormcheck", "load-plans"})
public final class UnrealizedLoadPlan extends OrmCheck implements MethodTreeMatcher {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public UnrealizedLoadPlan() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public UnrealizedLoadPlan(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    Optional<AnnotationTree> annotation = PlanPaths.annotation(tree);
    if (annotation.isEmpty()) {
      return Description.NO_MATCH;
    }
    try {
      EntityModel model = CheckSupport.model(state);
      LoadPlans plans = new LoadPlans(model);
      Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
      Optional<LoadPlan> plan = plans.of(method);
      if (plan.isEmpty() || plan.get().root().isEmpty()) {
        return Description.NO_MATCH;
      }
      Optional<ImmutableSet<String>> loaded =
          new RepositoryLoads(state.context).of(method, plan.get().root().get());
      String where = method.owner.getSimpleName() + "." + method.getSimpleName();
      String reason =
          Mirrors.find(method, SpringData.QUERY).isPresent()
              ? "its @Query does not join-fetch it"
              : "the derived query loads " + plan.get().root().get().simpleName() + " alone";
      if (loaded.isEmpty()) {
        loaded = QueryBodies.loaded(tree, plan.get().root().get(), model, state);
        where = where + "'s query";
        reason = "it does not join-fetch it";
      }
      if (loaded.isEmpty()) {
        return Description.NO_MATCH;
      }
      PlanCoverage coverage = new PlanCoverage(model, CheckSupport.effectiveOptions(state, options));
      List<LoadPlan.DeclaredPath> missing = new ArrayList<>();
      for (LoadPlan.DeclaredPath path : plan.get().paths()) {
        if (plans.problem(plan.get().root().get(), path.path()).isEmpty()
            && !coverage.covered(plan.get().root().get(), path.path(), loaded.get())) {
          missing.add(path);
        }
      }
      Optional<SuggestedFix> fix = entityGraphFix(tree, method, missing);
      for (LoadPlan.DeclaredPath path : missing) {
        CheckSupport.report(this, state, options, PlanPaths.literal(annotation.get(), path.path()),
            String.format(
                "@LoadPlan declares '%s', but %s does not load it: %s, so every caller that"
                    + " follows the plan pays one more query per %s. Add 'join fetch' for it to"
                    + " the query, @EntityGraph(attributePaths = \"%s\") to the method, or"
                    + " @BatchSize on the association; or remove it from the plan.",
                path.path(), where, reason, plan.get().root().get().simpleName(), path.path()),
            fix, InvalidLoadPlan.symbol(tree, path.path()));
      }
    } catch (RuntimeException | LinkageError e) {
      // Code the analysis does not understand: stay silent.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /** {@code @EntityGraph(attributePaths = {...})} for a derived query with no graph yet. */
  private static Optional<SuggestedFix> entityGraphFix(
      MethodTree tree, Symbol.MethodSymbol method, List<LoadPlan.DeclaredPath> missing) {
    if (missing.isEmpty()
        || Mirrors.find(method, SpringData.QUERY).isPresent()
        || Mirrors.find(method, SpringData.ENTITY_GRAPH).isPresent()) {
      return Optional.empty();
    }
    StringBuilder paths = new StringBuilder();
    for (LoadPlan.DeclaredPath path : missing) {
      paths.append(paths.length() == 0 ? "" : ", ").append('"').append(path.path()).append('"');
    }
    String value = missing.size() == 1 ? paths.toString() : "{" + paths + "}";
    return Optional.of(
        SuggestedFix.builder()
            .prefixWith(tree, "@EntityGraph(attributePaths = " + value + ")\n")
            .addImport(SpringData.ENTITY_GRAPH)
            .build());
  }
}
