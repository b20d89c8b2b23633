package io.github.ormcheck.checker.processor;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * A rule on entity mappings, run by the annotation processor on every entity, mapped superclass
 * and embeddable compiled from source. One rule, one small class.
 */
public interface MappingRule {

  Rule rule();

  /** Checks one managed type; reports through {@code reporter}. May throw: the caller contains it. */
  void check(ManagedType type, MappingReporter reporter);
}
