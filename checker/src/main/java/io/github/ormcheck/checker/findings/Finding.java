package io.github.ormcheck.checker.findings;

import java.util.Comparator;
import java.util.List;

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
 * @param flow the finding's story in order (query origin, loop, navigation), ending before the
 *     finding's own location; empty when the finding has none
 * @param baselined whether a baseline file lists it: reported as suppressed, does not fail a build
 * @param fix the edits of the suggested fix, in source order; empty when there is none
 */
public record Finding(
    Rule rule,
    Severity severity,
    String message,
    SourceRange range,
    String symbol,
    boolean suppressed,
    List<FlowStep> flow,
    boolean baselined,
    List<FixEdit> fix) {

  /** Report order: file, position, rule. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.range().file().toString())
          .thenComparingInt(f -> f.range().startLine())
          .thenComparingInt(f -> f.range().startColumn())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message)
          .thenComparing(Finding::symbol);

  public Finding {
    flow = List.copyOf(flow);
    fix = List.copyOf(fix);
  }


  /** A finding without a story and not in a baseline (the common case). */
  public Finding(
      Rule rule, Severity severity, String message, SourceRange range, String symbol, boolean suppressed) {
    this(rule, severity, message, range, symbol, suppressed, List.of(), false, List.of());
  }

  public Finding withFlow(List<FlowStep> steps) {
    return new Finding(rule, severity, message, range, symbol, suppressed, steps, baselined, fix);
  }

  public Finding withBaselined(boolean inBaseline) {
    return new Finding(rule, severity, message, range, symbol, suppressed, flow, inBaseline, fix);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, message, range, symbol, suppressed, flow, baselined, fix);
  }

  public Finding withFix(List<FixEdit> edits) {
    return new Finding(rule, severity, message, range, symbol, suppressed, flow, baselined, edits);
  }

  /** Whether the finding is shown and can fail a build: neither suppressed nor baselined. */
  public boolean active() {
    return !suppressed && !baselined;
  }
}
