package io.github.ormcheck.checker.findings;

import java.util.Comparator;

/**
 * One finding of one rule, on its way to the compiler output and the reports.
 *
 * @param rule the rule
 * @param severity the severity in effect (after configuration)
 * @param message the message, without the {@code [RuleId]} prefix and the documentation link
 * @param range where it sits
 * @param symbol a stable name of the flagged program element ({@code shop.Order#customer}),
 *     from which fingerprints are made, so they survive edits that only move lines
 * @param suppressed whether {@code @SuppressWarnings} silenced it: kept for reports, not shown
 */
public record Finding(
    Rule rule, Severity severity, String message, SourceRange range, String symbol, boolean suppressed) {

  /** Report order: file, position, rule. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.range().file().toString())
          .thenComparingInt(f -> f.range().startLine())
          .thenComparingInt(f -> f.range().startColumn())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);
}
