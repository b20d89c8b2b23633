package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.findings.OrmCheckOptions;

/**
 * What every ormcheck check shares: its options, read from the {@code -XepOpt:OrmCheck:*} flags,
 * and the report of bad options. Each check asks for the compilation's collector at the first
 * file it sees, which reports bad {@code -Aormcheck.*} and {@code -XepOpt:OrmCheck:*} values once
 * per compilation, so that a build running any one of the checks hears of them, findings or not.
 */
abstract class OrmCheck extends BugChecker implements CompilationUnitTreeMatcher {
  final OrmCheckOptions options;

  OrmCheck(ErrorProneFlags flags) {
    this.options = CheckSupport.options(flags);
  }

  @Override
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    try {
      CheckSupport.collector(state, options);
    } catch (RuntimeException | LinkageError e) {
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }
}
