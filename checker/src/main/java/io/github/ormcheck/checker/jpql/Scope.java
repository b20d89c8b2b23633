package io.github.ormcheck.checker.jpql;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The identification variables one query (or subquery) declares, linked to the enclosing query's
 * scope: a subquery sees outer aliases, never the reverse. JPQL identification variables are
 * case-insensitive, so lookups are too; the spelling of the declaration is what results report.
 */
final class Scope {
  private final Scope parent;
  private final Map<String, String> aliases = new HashMap<>();

  Scope(Scope parent) {
    this.parent = parent;
  }

  void declare(String alias) {
    if (aliases.putIfAbsent(alias.toLowerCase(Locale.ROOT), alias) != null) {
      throw new Unreadable("alias declared twice: " + alias);
    }
  }

  /** The declared spelling of {@code name} in this scope or an enclosing one, or {@code null}. */
  String resolve(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (Scope scope = this; scope != null; scope = scope.parent) {
      String alias = scope.aliases.get(key);
      if (alias != null) {
        return alias;
      }
    }
    return null;
  }
}
