package io.github.ormcheck.corpus.witness;

/** Prints each witness's measurement, so the corpus run shows the numbers the docs quote. */
final class Witnesses {
  private Witnesses() {}

  static void print(String rule, String scenario, long statements) {
    print(rule, scenario, statements, "statements");
  }

  /** A measurement in another unit, such as milliseconds. */
  static void print(String rule, String scenario, long value, String unit) {
    System.out.printf("[witness] %-24s %-80s %5d %s%n", rule, scenario, value, unit);
  }
}
