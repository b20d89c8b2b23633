package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.plans.PlanNavigations;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code LoadPlanViolation}: code inside a {@code @LoadPlan} method, or using the result of a
 * call to one, navigates an association path that the plan does not declare.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "LoadPlanViolation",
    summary = "Code navigates an association path that its @LoadPlan does not declare.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/LoadPlanViolation.md",
    tags = {"ormcheck", "load-plans"})
public final class LoadPlanViolation extends OrmCheck implements MethodTreeMatcher, MethodInvocationTreeMatcher {
  /** Error Prone asks about every call: the compilation's helper, looked up once. */
  private final PerCompilation<PlanNavigations> navigations = new PerCompilation<>(PlanNavigations::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public LoadPlanViolation() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public LoadPlanViolation(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    try {
      report(navigations.get(state.context).inside(tree), tree, state);
    } catch (RuntimeException | LinkageError e) {
      // Code the analysis does not understand: stay silent.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /** A call of a {@code @LoadPlan} method: the navigations on its result in the enclosing method. */
  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    try {
      PlanNavigations plans = navigations.get(state.context);
      if (!plans.callsPlanMethod(tree)) {
        return Description.NO_MATCH; // nearly every call: no walk up to the enclosing method
      }
      MethodTree method = state.findEnclosing(MethodTree.class);
      if (method != null) {
        report(plans.onResultOf(tree, method), method, state);
      }
    } catch (RuntimeException | LinkageError e) {
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  private void report(List<PlanNavigations.Violation> violations, MethodTree method, VisitorState state) {
    for (PlanNavigations.Violation violation : violations) {
      String path = violation.navigation().dotted();
      String root = violation.plan().root().get().simpleName();
      CheckSupport.report(this, state, options, violation.navigation().at(),
          String.format(
              "%s navigates '%s' %s, whose @LoadPlan from %s declares only %s: that path is not"
                  + " part of the loading contract, so it is loaded lazily (one more query per"
                  + " %s, or LazyInitializationException outside the transaction). Add \"%s\" to"
                  + " the plan (and fetch it in the query), or do not navigate it here.",
              violation.navigation().at(), path, violation.context(), root,
              violation.plan().paths().isEmpty() ? "the root itself" : violation.plan().declared(),
              root, path),
          Optional.empty(),
          InvalidLoadPlan.symbol(method, path));
    }
  }
}
