package io.github.ormcheck.checker.model;

/** Where the persistence provider reads an attribute: the field, or the getter. */
public enum AccessType {
  FIELD,
  PROPERTY
}
