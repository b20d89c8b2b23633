package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.errorprone.ErrorProneMappingReporter;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.mappings.MappingRule;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.Optional;

/**
 * An Error Prone check that runs one {@link MappingRule} on each entity, mapped superclass and
 * embeddable class it meets: the same rule object the annotation processor runs, so that an
 * Error Prone build needs no annotation processor (whose processing rounds make javac enter
 * every source again).
 */
abstract class MappingCheck extends OrmCheck implements ClassTreeMatcher {
  private final MappingRule rule;

  MappingCheck(ErrorProneFlags flags, MappingRule rule) {
    super(flags);
    this.rule = rule;
  }

  @Override
  public final Description matchClass(ClassTree tree, VisitorState state) {
    return check(this, rule, options, tree, state);
  }

  /**
   * Runs {@code rule} on the class of {@code tree} when it is a managed type; silent on any other
   * class, when ormcheck's processor checks the mappings of this compilation, and on an internal
   * error (a note with {@code InternalErrors=note}).
   */
  static Description check(
      BugChecker check, MappingRule rule, OrmCheckOptions options, ClassTree tree, VisitorState state) {
    try {
      ClassSymbol type = ASTHelpers.getSymbol(tree);
      // Managed types carry @Entity, @MappedSuperclass or @Embeddable: most classes carry nothing.
      if (type == null
          || type.getAnnotationMirrors().isEmpty()
          || CompilationScope.mappingsCheckedByProcessor(state.context)) {
        return Description.NO_MATCH;
      }
      Optional<ManagedType> managed = CheckSupport.model(state).managedType(type);
      if (managed.isPresent()) {
        rule.check(managed.get(), new ErrorProneMappingReporter(check, state, options));
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      CheckSupport.internalError(check, state, options, e);
    }
    return Description.NO_MATCH;
  }
}
