package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.HibernateVersion;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Where a {@link MappingRule} reports, and what it may ask about the compilation. The annotation
 * processor's implementation prints through javac's {@code Messager}; the Error Prone checks'
 * through Error Prone, which applies {@code -Xep} severities. Both apply {@code @SuppressWarnings}
 * and record the finding for the SARIF report at the same source range, so a mapping finding
 * reads the same whichever front door found it.
 */
public interface MappingReporter {

  EntityModel model();

  /** The Hibernate ORM version compiled against (or configured), when known. */
  Optional<HibernateVersion> hibernateVersion();

  /**
   * Whether the compilation runs on another JPA provider (EclipseLink, OpenJPA, DataNucleus on the
   * class path, no Hibernate ORM, no Hibernate version in the options): rules about Hibernate's
   * own behavior stay silent then.
   */
  boolean anotherJpaProviderOnly();

  /**
   * Whether the build enhances the entities' bytecode for lazy loading: {@code
   * -Aormcheck.bytecodeEnhancement} when given, else whether Quarkus's Hibernate ORM extension,
   * which always enhances, is on the class path.
   */
  boolean lazyLoadingEnhanced();

  /** {@code -Aormcheck.defaultBatchFetchSize}: Hibernate's {@code default_batch_fetch_size}, 1 when not set. */
  int defaultBatchFetchSize();

  /** Reports at the attribute's mapping annotation, or at {@code value} when given. */
  void report(Rule rule, Attribute attribute, AnnotationMirror annotation, AnnotationValue value, String message);

  /** Reports at a class. */
  void report(Rule rule, TypeElement type, String message);

  /** The stable name of a finding at an attribute, for SARIF fingerprints. */
  static String symbol(Attribute attribute) {
    return attribute.declaringType().getQualifiedName() + "#" + attribute.name();
  }
}
