package io.github.ormcheck.corpus.findings;

import java.util.Set;
import java.util.TreeSet;

/** Precision and recall per rule, as a table for the build log. */
final class PrecisionRecall {
  private PrecisionRecall() {}

  static String table(Set<FindingKey> expected, Set<FindingKey> actual) {
    TreeSet<String> rules = new TreeSet<>();
    expected.forEach(key -> rules.add(key.rule()));
    actual.forEach(key -> rules.add(key.rule()));
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n%-26s %8s %8s %6s %6s %10s %8s%n",
        "rule", "expected", "reported", "hits", "false", "precision", "recall"));
    for (String rule : rules) {
      long wanted = expected.stream().filter(k -> k.rule().equals(rule)).count();
      long got = actual.stream().filter(k -> k.rule().equals(rule)).count();
      long hits = actual.stream().filter(k -> k.rule().equals(rule)).filter(expected::contains).count();
      out.append(String.format("%-26s %8d %8d %6d %6d %9.1f%% %7.1f%%%n",
          rule, wanted, got, hits, got - hits,
          got == 0 ? 100.0 : 100.0 * hits / got,
          wanted == 0 ? 100.0 : 100.0 * hits / wanted));
    }
    return out.toString();
  }
}
