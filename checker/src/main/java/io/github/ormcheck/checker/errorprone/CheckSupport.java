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
import io.github.ormcheck.checker.findings.FixEdit;
import io.github.ormcheck.checker.findings.FlowStep;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.FindingCollector;
import io.github.ormcheck.checker.javac.Positions;
import io.github.ormcheck.checker.model.EntityModel;
import java.util.List;
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
   * The compilation's collector: its options are the {@code -Aormcheck.*} options, with these
   * checks' {@code -XepOpt:OrmCheck:*} flags where those set nothing. Option errors are reported
   * once per compilation, as errors naming the option as the user wrote it.
   */
  public static FindingCollector collector(VisitorState state, OrmCheckOptions flags) {
    Optional<FindingCollector> existing = CompilationScope.existingCollector(state.context);
    FindingCollector collector;
    if (existing.isPresent()) {
      collector = existing.get(); // made by the processor, which read the -A options
    } else {
      // No ormcheck processor in this compilation: the checks read the -A options themselves.
      OrmCheckOptions javacOptions = OrmCheckOptions.parse(CompilationScope.processorOptions(state.context));
      collector = CompilationScope.collector(state.context, javacOptions);
      for (String error : javacOptions.errors()) {
        optionError(state, error);
      }
    }
    if (collector.applyFallback(flags)) {
      for (String error : flags.errors()) {
        optionError(state, errorProneSpelling(error));
      }
    }
    return collector;
  }

  /**
   * The options in force for this compilation: the {@code -Aormcheck.*} options, with the checks'
   * {@code -XepOpt:OrmCheck:*} flags where those set nothing. What an analysis reads from the
   * options comes from here, not from one check's flags alone, so that both spellings work.
   */
  public static OrmCheckOptions effectiveOptions(VisitorState state, OrmCheckOptions flags) {
    return collector(state, flags).options();
  }

  /**
   * The Hibernate version the checks assume: {@code -Aormcheck.hibernateVersion} (or {@code
   * -XepOpt:OrmCheck:HibernateVersion}), else the {@code hibernate-core} jar on the class path,
   * looked up once per compilation. Empty when neither tells; an unreadable class path is an
   * internal error of {@code check} (a note with {@code InternalErrors=note}) and also gives empty.
   */
  public static Optional<io.github.ormcheck.checker.model.HibernateVersion> hibernateVersion(
      BugChecker check, VisitorState state, OrmCheckOptions flags) {
    Optional<io.github.ormcheck.checker.model.HibernateVersion> configured =
        collector(state, flags).options().hibernateVersion();
    if (configured.isPresent()) {
      return configured;
    }
    try {
      return CompilationScope.detectedHibernate(state.context);
    } catch (RuntimeException | LinkageError e) {
      internalError(check, state, flags, e);
      return Optional.empty();
    }
  }

  /**
   * Whether this compilation runs on another JPA provider than Hibernate (EclipseLink, OpenJPA or
   * DataNucleus on the class path, no Hibernate ORM, and no Hibernate version given in the
   * options): the rules about Hibernate's own behavior then stay silent.
   */
  public static boolean anotherJpaProvider(VisitorState state, OrmCheckOptions flags) {
    return collector(state, flags).options().hibernateVersion().isEmpty()
        && CompilationScope.anotherJpaProviderOnly(state.context);
  }

  /**
   * Whether the build enhances the entities for lazy loading: {@code
   * -Aormcheck.bytecodeEnhancement} (or {@code -XepOpt:OrmCheck:BytecodeEnhancement}), else
   * whether Quarkus's Hibernate ORM extension is on the class path.
   */
  public static boolean lazyLoadingEnhanced(VisitorState state, OrmCheckOptions flags) {
    return collector(state, flags).options().bytecodeEnhancement()
        .orElseGet(() -> CompilationScope.quarkusEnhances(state.context));
  }

  /**
   * {@code error: ormcheck: <message>} without a source position: a compiler error diagnostic, as
   * the processor's {@code Messager} prints it, so that build tools and IDEs show it as one.
   */
  private static void optionError(VisitorState state, String message) {
    Log log = Log.instance(state.context);
    javax.tools.JavaFileObject file = log.useSource(null); // about the build, not a file
    try {
      log.error(new com.sun.tools.javac.util.JCDiagnostic.Error("compiler", "proc.messager", "ormcheck: " + message));
    } finally {
      log.useSource(file);
    }
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

  /** How many of an internal error's stack frames in ormcheck's own code the note shows. */
  private static final int INTERNAL_ERROR_FRAMES = 3;

  /**
   * A check skipped the code at {@code state}'s path after {@code error}. It stays silent by
   * default (never break the build over a construct the analysis does not understand); with
   * {@code -Aormcheck.internalErrors=note} (or {@code -XepOpt:OrmCheck:InternalErrors=note}) it
   * prints a line to javac's output naming the rule, the place and the exception, with the first
   * few stack frames in ormcheck, for bug reports and robustness runs. Never throws.
   */
  public static void internalError(
      BugChecker check, VisitorState state, OrmCheckOptions options, Throwable error) {
    try {
      // The compilation's options: -Aormcheck.internalErrors, else these checks' flags.
      if (!collector(state, options).options().reportInternalErrors()) {
        return;
      }
      Log.instance(state.context).printRawLines(Log.WriterKind.NOTICE, internalErrorNote(check, state, error));
    } catch (RuntimeException | LinkageError e) {
      // Reporting the error failed too: stay silent, as without the option.
    }
  }

  /**
   * {@code ormcheck: internal error in QueryInLoop at Shop.java:12, skipped:
   * java.lang.IllegalStateException: message}, then its first frames in ormcheck, one a line.
   */
  static String internalErrorNote(BugChecker check, VisitorState state, Throwable error) {
    StringBuilder note =
        new StringBuilder("ormcheck: internal error in ")
            .append(check.canonicalName())
            .append(" at ")
            .append(place(state))
            .append(", skipped: ")
            .append(error.getClass().getName());
    if (error.getMessage() != null) {
      note.append(": ").append(error.getMessage().replaceAll("\\s+", " ").trim());
    }
    int frames = 0;
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frames < INTERNAL_ERROR_FRAMES && frame.getClassName().startsWith("io.github.ormcheck.")) {
        note.append("\n    at ").append(frame);
        frames++;
      }
    }
    return note.toString();
  }

  /** {@code <file>:<line>} of the tree being matched, as far as it is known. */
  private static String place(VisitorState state) {
    com.sun.source.util.TreePath path = state.getPath();
    if (path == null) {
      return "<unknown>";
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    String file = unit.getSourceFile() == null ? "<unknown>" : unit.getSourceFile().getName();
    int position = ((com.sun.tools.javac.tree.JCTree) path.getLeaf()).getPreferredPosition();
    return position < 0 || unit.getLineMap() == null
        ? file
        : file + ":" + unit.getLineMap().getLineNumber(position);
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
    return report(check, state, flags, tree, message, fix, symbol, List.of());
  }

  /** A step of a finding's story in the file being compiled: a tree and what happens there. */
  public record Step(Tree tree, String message) {}

  /**
   * Reports like {@link #report(BugChecker, VisitorState, OrmCheckOptions, Tree, String,
   * Optional, String)}, with the finding's story (SARIF related locations and code flow), in
   * order, ending before the finding itself.
   */
  public static Description report(
      BugChecker check,
      VisitorState state,
      OrmCheckOptions flags,
      Tree tree,
      String message,
      Optional<SuggestedFix> fix,
      String symbol,
      List<Step> story) {
    Description.Builder builder = check.buildDescription(tree).setMessage(message);
    fix.ifPresent(builder::addFix);
    Description description = builder.build();
    state.reportMatch(description);
    Optional<Rule> rule = Rule.byId(check.canonicalName());
    if (rule.isPresent()) {
      CompilationUnitTree unit = state.getPath().getCompilationUnit();
      List<FlowStep> steps = new java.util.ArrayList<>();
      for (Step step : story) {
        range(unit, step.tree(), state).ifPresent(range -> steps.add(new FlowStep(range, step.message())));
      }
      List<FixEdit> edits = fix.map(f -> edits(unit, f)).orElse(List.of());
      range(unit, tree, state)
          .ifPresent(range -> collector(state, flags)
              .add(finding(check, state, rule.get(), range, message, symbol, false)
                  .withFlow(steps)
                  .withFix(edits)));
    }
    return Description.NO_MATCH;
  }

  /**
   * Records a finding of {@code check} for the reports only (the caller printed the diagnostic,
   * unless {@code suppressed}), with the severity Error Prone gives the check.
   */
  public static void record(
      BugChecker check,
      VisitorState state,
      OrmCheckOptions flags,
      Rule rule,
      io.github.ormcheck.checker.findings.SourceRange range,
      String message,
      String symbol,
      boolean suppressed) {
    collector(state, flags).add(finding(check, state, rule, range, message, symbol, suppressed));
  }

  private static Finding finding(
      BugChecker check,
      VisitorState state,
      Rule rule,
      io.github.ormcheck.checker.findings.SourceRange range,
      String message,
      String symbol,
      boolean suppressed) {
    return new Finding(rule, severity(state, check, rule), message, range, symbol, suppressed);
  }

  /**
   * The edits of a suggested fix in this file, as text ranges and replacements. Error Prone
   * changed the end-position table {@code getReplacements} takes (javac's up to 2.4x, its own
   * since); both are found reflectively so that one checker jar runs on either.
   */
  @SuppressWarnings("unchecked")
  private static List<FixEdit> edits(CompilationUnitTree unit, SuggestedFix fix) {
    List<FixEdit> edits = new java.util.ArrayList<>();
    try {
      java.lang.reflect.Method replacements = null;
      for (java.lang.reflect.Method method : SuggestedFix.class.getMethods()) {
        if (method.getName().equals("getReplacements") && method.getParameterCount() == 1) {
          replacements = method;
        }
      }
      if (replacements == null) {
        return List.of();
      }
      Class<?> tableType = replacements.getParameterTypes()[0];
      Object javacTable = ((com.sun.tools.javac.tree.JCTree.JCCompilationUnit) unit).endPositions;
      Object table =
          tableType.isInstance(javacTable)
              ? javacTable
              : tableType.getMethod("create", CompilationUnitTree.class).invoke(null, unit);
      for (com.google.errorprone.fixes.Replacement replacement :
          (Iterable<com.google.errorprone.fixes.Replacement>) replacements.invoke(fix, table)) {
        Positions.of(unit, replacement.startPosition(), replacement.endPosition())
            .ifPresent(range -> edits.add(new FixEdit(range, replacement.replaceWith())));
      }
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return List.of(); // A fix we cannot place: the compiler output still carries it.
    }
    edits.sort(java.util.Comparator.comparingInt((FixEdit e) -> e.range().startLine())
        .thenComparingInt(e -> e.range().startColumn()));
    return edits;
  }


  /**
   * Where javac puts a diagnostic on {@code tree} (a call's method name, not the start of a
   * multi-line chain), so the report and the compiler output agree on the line.
   */
  private static Optional<io.github.ormcheck.checker.findings.SourceRange> range(
      CompilationUnitTree unit, Tree tree, VisitorState state) {
    if (tree != state.getPath().getLeaf() && !inThisFile(unit, tree, state)) {
      return Optional.empty(); // A step in another file: its offsets mean nothing here.
    }
    int start = ((com.sun.tools.javac.tree.JCTree) tree).getPreferredPosition();
    int end = state.getEndPosition(tree);
    return start < 0 ? Optional.empty() : Positions.of(unit, start, end);
  }


  /**
   * Whether {@code tree} is in the file being compiled. Looked for in the method being checked
   * first, where the steps of a story usually are, then in the whole file.
   */
  private static boolean inThisFile(CompilationUnitTree unit, Tree tree, VisitorState state) {
    for (com.sun.source.util.TreePath path = state.getPath(); path != null; path = path.getParentPath()) {
      if (path.getLeaf() instanceof com.sun.source.tree.MethodTree) {
        if (com.sun.source.util.TreePath.getPath(path, tree) != null) {
          return true;
        }
        break;
      }
    }
    return com.sun.source.util.TreePath.getPath(unit, tree) != null;
  }

  private static Severity severity(VisitorState state, BugChecker check, Rule rule) {
    SeverityLevel level = state.severityMap().get(check.canonicalName());
    if (level == null) {
      return rule.defaultSeverity();
    }
    return level == SeverityLevel.ERROR ? Severity.ERROR : Severity.WARNING;
  }
}
