package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.MethodTree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.plans.LoadPlan;
import io.github.ormcheck.checker.plans.LoadPlans;
import io.github.ormcheck.checker.plans.PlanPaths;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code InvalidLoadPlan}: a {@code @LoadPlan} path that names no association of its entity, or
 * a plan whose root entity cannot be found.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "InvalidLoadPlan",
    summary = "A @LoadPlan path names no association of its entity, or the plan has no root entity.",
    severity = ERROR,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/InvalidLoadPlan.md",
    tags = {"ormcheck", "load-plans"})
public final class InvalidLoadPlan extends OrmCheck implements MethodTreeMatcher {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public InvalidLoadPlan() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public InvalidLoadPlan(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    Optional<AnnotationTree> annotation = PlanPaths.annotation(tree);
    if (annotation.isEmpty()) {
      return Description.NO_MATCH;
    }
    try {
      LoadPlans plans = new LoadPlans(CheckSupport.model(state));
      Optional<LoadPlan> plan = plans.of(ASTHelpers.getSymbol(tree));
      if (plan.isEmpty()) {
        return Description.NO_MATCH;
      }
      String method = tree.getName().toString();
      if (plan.get().root().isEmpty()) {
        CheckSupport.report(this, state, options, annotation.get(),
            String.format(
                "@LoadPlan on %s has no root entity: the return type is not an entity nor a"
                    + " container of one (List, Optional, Page, Stream...). Name it:"
                    + " @LoadPlan(root = Order.class, value = {...}).",
                method),
            Optional.empty(), symbol(tree, "root"));
        return Description.NO_MATCH;
      }
      ManagedType root = plan.get().root().get();
      for (LoadPlan.DeclaredPath path : plan.get().paths()) {
        Optional<String> problem = plans.problem(root, path.path());
        if (problem.isPresent()) {
          CheckSupport.report(this, state, options, PlanPaths.literal(annotation.get(), path.path()),
              "@LoadPlan path '" + path.path() + "' from " + root.simpleName() + " is invalid: "
                  + problem.get() + ".",
              Optional.empty(), symbol(tree, path.path()));
        }
      }
    } catch (RuntimeException | LinkageError e) {
      // Code the analysis does not understand: stay silent.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  static String symbol(MethodTree tree, String detail) {
    return String.valueOf(ASTHelpers.getSymbol(tree).owner) + "#" + ASTHelpers.getSymbol(tree) + "/" + detail;
  }
}
