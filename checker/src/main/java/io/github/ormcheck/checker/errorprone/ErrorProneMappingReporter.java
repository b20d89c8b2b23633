package io.github.ormcheck.checker.errorprone;

import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Suppressions;
import io.github.ormcheck.checker.javac.Positions;
import io.github.ormcheck.checker.mappings.MappingReporter;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A {@link MappingReporter} for an Error Prone check matching one class: prints through Error
 * Prone at the same tree javac's {@code Messager} would use for the element, annotation and value
 * (so the line and column match the processor's), honours {@code @SuppressWarnings} on the
 * attribute as well as on the class, and records the finding at the same source range as the
 * processor does.
 */
public final class ErrorProneMappingReporter implements MappingReporter {
  private final BugChecker check;
  private final VisitorState state;
  private final OrmCheckOptions flags;

  public ErrorProneMappingReporter(BugChecker check, VisitorState state, OrmCheckOptions flags) {
    this.check = check;
    this.state = state;
    this.flags = flags;
  }

  @Override
  public EntityModel model() {
    return CheckSupport.model(state);
  }

  @Override
  public Optional<HibernateVersion> hibernateVersion() {
    return CheckSupport.hibernateVersion(check, state, flags);
  }

  @Override
  public boolean anotherJpaProviderOnly() {
    return CheckSupport.anotherJpaProvider(state, flags);
  }

  @Override
  public boolean lazyLoadingEnhanced() {
    return CheckSupport.lazyLoadingEnhanced(state, flags);
  }

  @Override
  public int defaultBatchFetchSize() {
    return CheckSupport.effectiveOptions(state, flags).defaultBatchFetchSize();
  }

  @Override
  public void report(
      Rule rule, Attribute attribute, AnnotationMirror annotation, AnnotationValue value, String message) {
    report(rule, attribute.element(), annotation, value, message, MappingReporter.symbol(attribute));
  }

  @Override
  public void report(Rule rule, TypeElement type, String message) {
    report(rule, type, null, null, message, type.getQualifiedName().toString());
  }

  private void report(
      Rule rule, Element element, AnnotationMirror annotation, AnnotationValue value, String message,
      String symbol) {
    JavacTrees trees = JavacTrees.instance(state.context);
    TreePath path = Positions.mostPrecisePath(trees, element, annotation, value);
    if (path == null || path.getCompilationUnit() != state.getPath().getCompilationUnit()) {
      return; // Not in the file being checked: its own check reports it there.
    }
    boolean suppressed = Suppressions.isSuppressed(element, rule);
    if (!suppressed) {
      state.reportMatch(check.buildDescription(path.getLeaf()).setMessage(message).build());
    }
    Positions.of(trees.getSourcePositions(), path)
        .ifPresent(range -> CheckSupport.record(check, state, flags, rule, range, message, symbol, suppressed));
  }
}
