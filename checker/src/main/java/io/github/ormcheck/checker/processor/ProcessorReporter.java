package io.github.ormcheck.checker.processor;

import com.sun.source.util.Trees;
import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.findings.SourceRange;
import io.github.ormcheck.checker.findings.Suppressions;
import io.github.ormcheck.checker.javac.FindingCollector;
import io.github.ormcheck.checker.javac.Positions;
import io.github.ormcheck.checker.mappings.MappingReporter;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * The annotation processor's path from a rule to the compiler output and the findings record:
 * applies the configured severity ({@code -Aormcheck.<RuleId>}) and {@code @SuppressWarnings},
 * prints {@code [RuleId] message} at the annotation, attribute or class, and records the finding
 * for the reports.
 */
final class ProcessorReporter implements MappingReporter {
  private final Messager messager;
  /** Null outside javac, where no findings are recorded. */
  private final Trees trees;
  private final EntityModel model;
  private final OrmCheckOptions options;
  private final Optional<HibernateVersion> hibernateVersion;
  private final boolean anotherJpaProviderOnly;
  private final boolean lazyLoadingEnhanced;
  private final Optional<FindingCollector> collector;
  private final Set<String> internalErrors = new HashSet<>();

  ProcessorReporter(
      Messager messager,
      Trees trees,
      EntityModel model,
      OrmCheckOptions options,
      Optional<HibernateVersion> hibernateVersion,
      boolean anotherJpaProviderOnly,
      boolean lazyLoadingEnhanced,
      Optional<FindingCollector> collector) {
    this.hibernateVersion = hibernateVersion;
    this.anotherJpaProviderOnly = anotherJpaProviderOnly;
    this.lazyLoadingEnhanced = lazyLoadingEnhanced;
    this.messager = messager;
    this.trees = trees;
    this.model = model;
    this.options = options;
    this.collector = collector;
  }

  @Override
  public EntityModel model() {
    return model;
  }

  @Override
  public Optional<HibernateVersion> hibernateVersion() {
    return hibernateVersion;
  }

  @Override
  public boolean anotherJpaProviderOnly() {
    return anotherJpaProviderOnly;
  }

  @Override
  public boolean lazyLoadingEnhanced() {
    return lazyLoadingEnhanced;
  }

  @Override
  public int defaultBatchFetchSize() {
    return options.defaultBatchFetchSize();
  }

  @Override
  public void report(Rule rule, Attribute attribute, AnnotationMirror annotation,
      AnnotationValue value, String message) {
    report(rule, attribute.element(), annotation, value, message, MappingReporter.symbol(attribute));
  }

  @Override
  public void report(Rule rule, TypeElement type, String message) {
    report(rule, type, null, null, message, type.getQualifiedName().toString());
  }

  private void report(Rule rule, Element element, AnnotationMirror annotation,
      AnnotationValue value, String message, String symbol) {
    Optional<Severity> severity = options.severity(rule);
    if (severity.isEmpty()) {
      return;
    }
    boolean suppressed = Suppressions.isSuppressed(element, rule);
    if (!suppressed) {
      messager.printMessage(
          severity.get() == Severity.ERROR ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING,
          "[" + rule.id() + "] " + message + "\n    (see " + rule.documentationUrl() + ")",
          element,
          annotation,
          value);
    }
    if (collector.isPresent()) {
      Optional<SourceRange> range = Positions.of(trees, element, annotation, value);
      range.ifPresent(
          r -> collector.get().add(new Finding(rule, severity.get(), message, r, symbol, suppressed)));
    }
  }

  /**
   * A rule failed on an element: one note naming both, once per rule and element; the rule skips
   * the element and the compilation goes on.
   */
  void internalError(String what, Element element, Throwable error) {
    if (internalErrors.add(what + " " + element)) {
      messager.printMessage(
          Diagnostic.Kind.NOTE,
          String.format(
              "ormcheck: %s failed on %s, which was skipped (%s). Please report this with the"
                  + " element's source.",
              what, element, error),
          element);
    }
  }
}
