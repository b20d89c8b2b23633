package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.EnhancedForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.ForLoopTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.WhileLoopTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.WhileLoopTree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.javac.PerCompilation;
import io.github.ormcheck.checker.loading.ElementLoop;
import io.github.ormcheck.checker.loading.ElementLoops;
import io.github.ormcheck.checker.loading.LazyLoads;
import io.github.ormcheck.checker.loading.Origins;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code LazyLoadInLoop}: per element of a loop or stream over entities, code navigates a lazy
 * association that the source of the elements did not load: 1 + N queries.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "LazyLoadInLoop",
    summary =
        "A lazy association is loaded once per element of a loop: 1 + N queries. Fetch it in the"
            + " query that loads the elements.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/LazyLoadInLoop.md",
    tags = {"ormcheck", "loading", "Performance"})
public final class LazyLoadInLoop extends OrmCheck
    implements EnhancedForLoopTreeMatcher,
        ForLoopTreeMatcher,
        WhileLoopTreeMatcher,
        MethodInvocationTreeMatcher {
  /** Error Prone asks about every call: the compilation's helpers, looked up once. */
  private final PerCompilation<ElementLoops> loops = new PerCompilation<>(ElementLoops::instance);

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public LazyLoadInLoop() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public LazyLoadInLoop(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchEnhancedForLoop(EnhancedForLoopTree tree, VisitorState state) {
    return check(loops.get(state.context).of(tree), state);
  }

  @Override
  public Description matchForLoop(ForLoopTree tree, VisitorState state) {
    return check(loops.get(state.context).of(tree), state);
  }

  @Override
  public Description matchWhileLoop(WhileLoopTree tree, VisitorState state) {
    Origins origins = new Origins(CheckSupport.model(state), state.context);
    return check(
        loops.get(state.context).of(tree, state.getPath(), origins::definitionOf), state);
  }

  @Override
  public Description matchMethodInvocation(MethodInvocationTree tree, VisitorState state) {
    return check(loops.get(state.context).of(tree, state.getPath()), state);
  }

  private Description check(Optional<ElementLoop> loop, VisitorState state) {
    if (loop.isEmpty()) {
      return Description.NO_MATCH;
    }
    try {
      new LazyLoads(CheckSupport.model(state), state, CheckSupport.effectiveOptions(state, options))
          .inLoop(loop.get())
          .forEach(load -> CheckSupport.report(
              this, state, options, load.navigation().at(), load.message(), load.fix(), load.symbol(),
              java.util.List.of(
                  new CheckSupport.Step(load.origin().site(),
                      "the elements are loaded here, by " + load.origin().description()
                          + ", without '" + load.navigation().dotted() + "'"),
                  new CheckSupport.Step(loop.get().anchor(), "this runs once per element"))));
    } catch (RuntimeException | LinkageError e) {
      // A construct the analysis does not understand: stay silent rather than break the build.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }
}
