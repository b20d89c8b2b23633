package io.github.ormcheck.corpus.findings;

import java.util.Comparator;

/** A finding as the corpus test compares it: file, line and rule. */
record FindingKey(String file, int line, String rule) implements Comparable<FindingKey> {
  private static final Comparator<FindingKey> ORDER =
      Comparator.comparing(FindingKey::file)
          .thenComparingInt(FindingKey::line)
          .thenComparing(FindingKey::rule);

  @Override
  public int compareTo(FindingKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return file + ":" + line + " [" + rule + "]";
  }
}
