package io.github.ormcheck.checker.model;

/** When an association is loaded: with its owner, or on first access. */
public enum FetchType {
  EAGER,
  LAZY
}
