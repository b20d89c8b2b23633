package io.github.ormcheck.checker.findings;

/** How loudly a finding is reported. */
public enum Severity {
  WARNING("warning"),
  ERROR("error");

  private final String sarifLevel;

  Severity(String sarifLevel) {
    this.sarifLevel = sarifLevel;
  }

  /** The SARIF {@code level} of a result with this severity. */
  public String sarifLevel() {
    return sarifLevel;
  }
}
