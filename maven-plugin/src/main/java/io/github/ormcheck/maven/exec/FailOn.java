package io.github.ormcheck.maven.exec;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The lowest severity of an active finding that fails the build. */
public enum FailOn {
  ERROR,
  WARNING,
  NEVER;

  public static Optional<FailOn> parse(String value) {
    for (FailOn f : values()) {
      if (f.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  public static String accepted() {
    return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
  }

  /** Whether this finding counts against the threshold: active and severe enough. */
  public boolean fails(Finding finding) {
    if (!finding.active() || this == NEVER) {
      return false;
    }
    return this == WARNING || finding.severity() == Severity.ERROR;
  }
}
