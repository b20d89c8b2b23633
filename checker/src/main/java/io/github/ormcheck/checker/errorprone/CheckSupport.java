package io.github.ormcheck.checker.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.fixes.SuggestedFix;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.util.Log;
import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.FindingCollector;
import io.github.ormcheck.checker.javac.Positions;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.Map;
import java.util.Optional;

/**
 * The Error Prone side of the findings path: options from {@code -XepOpt:OrmCheck:*} flags,
 * the compilation's shared entity model, and reporting that both prints the diagnostic (through
 * Error Prone, which applies {@code -Xep:} severities and {@code @SuppressWarnings}) and records
 * the finding for the reports.
 */
public final class CheckSupport {
  private CheckSupport() {}

  /** Parses the {@code OrmCheck:*} flags; errors name the flags as the user wrote them. */
  public static OrmCheckOptions options(ErrorProneFlags flags) {
    Map<String, String> options = OrmCheckOptions.fromErrorProneFlags(flags.getFlagsMap());
    OrmCheckOptions parsed = OrmCheckOptions.parse(options);
    return parsed;
  }

  public static EntityModel model(VisitorState state) {
    return CompilationScope.entityModel(state.context);
  }

  /**
   * The compilation's collector with these checks' flags merged in. Option errors are reported
   * once per compilation, as errors naming the flag.
   */
  public static FindingCollector collector(VisitorState state, OrmCheckOptions flags) {
    FindingCollector collector = CompilationScope.collector(state.context, flags);
    if (collector.applyFallback(flags)) {
      for (String error : flags.errors()) {
        Log.instance(state.context)
            .rawError(com.sun.tools.javac.util.Position.NOPOS, "ormcheck: " + errorProneSpelling(error));
      }
    }
    return collector;
  }

  /** {@code -Aormcheck.sarifFile} to {@code -XepOpt:OrmCheck:SarifFile} in messages. */
  static String errorProneSpelling(String error) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("-A" + java.util.regex.Pattern.quote(OrmCheckOptions.PREFIX) + "(\\w)")
            .matcher(error);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, "-XepOpt:" + OrmCheckOptions.ERROR_PRONE_PREFIX + matcher.group(1).toUpperCase(java.util.Locale.ROOT));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Reports a finding of {@code check} at {@code tree}: the compiler diagnostic through Error
   * Prone and the record for the reports. {@code symbol} names the flagged code stably for
   * fingerprints (method and path, not line).
   */
  public static Description report(
      BugChecker check,
      VisitorState state,
      OrmCheckOptions flags,
      Tree tree,
      String message,
      Optional<SuggestedFix> fix,
      String symbol) {
    Description.Builder builder = check.buildDescription(tree).setMessage(message);
    fix.ifPresent(builder::addFix);
    Description description = builder.build();
    state.reportMatch(description);
    Optional<Rule> rule = Rule.byId(check.canonicalName());
    if (rule.isPresent()) {
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      // Start where javac puts the diagnostic (a call's method name, not the start of a
      // multi-line chain), so the report and the compiler output agree on the line.
      Positions.of(unit, ((com.sun.tools.javac.tree.JCTree) tree).getPreferredPosition(), state.getEndPosition(tree))
          .ifPresent(range -> collector(state, flags)
              .add(new Finding(rule.get(), severity(state, check, rule.get()), message, range, symbol, false)));
    }
    return Description.NO_MATCH;
  }

  private static Severity severity(VisitorState state, BugChecker check, Rule rule) {
    SeverityLevel level = state.severityMap().get(check.canonicalName());
    if (level == null) {
      return rule.defaultSeverity();
    }
    return level == SeverityLevel.ERROR ? Severity.ERROR : Severity.WARNING;
  }
}
