package io.github.ormcheck.checker.mappings;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * A rule on entity mappings, checked on every entity, mapped superclass and embeddable compiled
 * from source. Both front doors run the same rule objects: the Error Prone check of the same name
 * (one {@code ClassTreeMatcher} per rule) and, in builds without Error Prone, the annotation
 * processor. One rule, one small class.
 */
public interface MappingRule {

  Rule rule();

  /** Checks one managed type; reports through {@code reporter}. May throw: the caller contains it. */
  void check(ManagedType type, MappingReporter reporter);
}
