package io.github.ormcheck.checker.findings;

import java.net.URI;

/**
 * Where a finding sits: a file and a 1-based line/column range (end column exclusive, as SARIF
 * counts it).
 */
public record SourceRange(URI file, int startLine, int startColumn, int endLine, int endColumn) {

  public SourceRange {
    if (startLine < 1 || startColumn < 1 || endLine < startLine) {
      throw new IllegalArgumentException("bad range " + startLine + ":" + startColumn + "-" + endLine);
    }
  }
}
