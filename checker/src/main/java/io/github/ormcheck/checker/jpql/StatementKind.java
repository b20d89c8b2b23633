package io.github.ormcheck.checker.jpql;

/**
 * What a readable statement does. Only {@link #SELECT} loads entities, so only it can have fetch
 * joins; the others are reported so that rules can tell "not a select" from "unreadable".
 */
public enum StatementKind {
  SELECT,
  /** {@code update Order o set ...}: a bulk update; its target is the only root. */
  UPDATE,
  /** {@code delete from Order o where ...} (HQL also without {@code from}). */
  DELETE,
  /** HQL {@code insert into Order (...) select ...} or {@code values (...)}. */
  INSERT
}
