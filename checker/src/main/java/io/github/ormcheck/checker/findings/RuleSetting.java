package io.github.ormcheck.checker.findings;

import java.util.Optional;

/** A rule's configured level: {@code -Aormcheck.<RuleId>=OFF|WARN|ERROR}. */
public enum RuleSetting {
  OFF,
  WARN,
  ERROR;

  public Optional<Severity> severity() {
    switch (this) {
      case WARN:
        return Optional.of(Severity.WARNING);
      case ERROR:
        return Optional.of(Severity.ERROR);
      default:
        return Optional.empty();
    }
  }
}
