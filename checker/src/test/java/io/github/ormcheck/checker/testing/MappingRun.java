package io.github.ormcheck.checker.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.scanner.ScannerSupplier;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.github.ormcheck.checker.bugpatterns.EagerToMany;
import io.github.ormcheck.checker.bugpatterns.EagerToOne;
import io.github.ormcheck.checker.bugpatterns.ManyToManyList;
import io.github.ormcheck.checker.bugpatterns.MultipleBagFetch;
import io.github.ormcheck.checker.bugpatterns.UnidirectionalOneToMany;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.processor.OrmCheckProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Runs the mapping rules on inline sources (with the Hibernate stubs) through both front doors:
 * javac with ormcheck's annotation processor, and javac with Error Prone running the checks of
 * the same names and no processor. Every compilation asserts that the two print the same
 * ormcheck diagnostics (kind, file, line, column, message), and returns the processor's, on
 * which the tests assert. A rule test thereby covers both doors.
 */
public final class MappingRun {
  /** {@code -Aormcheck.<RuleId>=<severity>}: set with {@code -Xep} in Error Prone builds. */
  private static final Pattern RULE_SETTING =
      Pattern.compile("-Aormcheck\\.(\\w+)=(?i)(off|warn|error)");

  private MappingRun() {}

  public static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  public static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  public static Compilation compile(List<String> options, JavaFileObject... sources) {
    List<JavaFileObject> all = new ArrayList<>(HibernateStubs.ALL);
    all.addAll(List.of(sources));
    Compilation processor =
        Compiler.javac().withProcessors(new OrmCheckProcessor()).withOptions(options).compile(all);
    Compilation errorProne =
        Compiler.compiler(
                new ErrorProneJavaCompiler(
                    ScannerSupplier.fromBugCheckerClasses(
                        EagerToOne.class,
                        EagerToMany.class,
                        ManyToManyList.class,
                        UnidirectionalOneToMany.class,
                        MultipleBagFetch.class)))
            .withOptions(errorProneOptions(options))
            .compile(all);
    if (hasCompileErrors(processor)) {
      // Error Prone runs no check on code that does not compile; the processor still reports.
      return processor;
    }
    ImmutableList<String> expected = ormcheckDiagnostics(processor);
    ImmutableList<String> actual = ormcheckDiagnostics(errorProne);
    if (expected.stream().anyMatch(line -> line.startsWith("ERROR -:-1:-1 ormcheck:"))) {
      // A bad option fails the build before Error Prone reports anything else.
      expected = optionErrors(expected);
      actual = optionErrors(actual);
    }
    assertWithMessage("the Error Prone checks' diagnostics, against the processor's")
        .that(actual)
        .containsExactlyElementsIn(expected);
    return processor;
  }

  private static ImmutableList<String> optionErrors(ImmutableList<String> diagnostics) {
    return diagnostics.stream()
        .filter(line -> line.startsWith("ERROR -:-1:-1 ormcheck:"))
        .collect(ImmutableList.toImmutableList());
  }

  /** Errors from javac itself, not ormcheck's. */
  private static boolean hasCompileErrors(Compilation compilation) {
    return compilation.errors().stream()
        .anyMatch(d -> !message(d).startsWith("ormcheck:") && !message(d).startsWith("["));
  }

  /** The processor's options as an Error Prone build gives them: rule severities as -Xep flags. */
  private static List<String> errorProneOptions(List<String> options) {
    List<String> translated = new ArrayList<>();
    for (String option : options) {
      Matcher setting = RULE_SETTING.matcher(option);
      if (setting.matches() && Rule.byId(setting.group(1)).isPresent()) {
        translated.add("-Xep:" + setting.group(1) + ":" + setting.group(2).toUpperCase(Locale.ROOT));
      } else {
        translated.add(option);
      }
    }
    return translated;
  }

  /** ormcheck's diagnostics ({@code [RuleId] ...} and {@code ormcheck: ...}), one line each. */
  private static ImmutableList<String> ormcheckDiagnostics(Compilation compilation) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      String message = message(diagnostic);
      boolean finding =
          message.startsWith("[") && Rule.byId(message.substring(1, Math.max(1, message.indexOf(']')))).isPresent();
      if (finding || message.startsWith("ormcheck:")) {
        lines.add(
            String.format(
                "%s %s:%d:%d %s",
                diagnostic.getKind(),
                diagnostic.getSource() == null ? "-" : diagnostic.getSource().toUri(),
                diagnostic.getLineNumber(),
                diagnostic.getColumnNumber(),
                // javac indents the continuation lines of a Messager diagnostic by two more
                // columns than Error Prone's; the text is the same.
                message.replaceAll("\n\\s+", "\n  ")));
      }
    }
    return lines.build();
  }

  /** The diagnostics of one rule, any kind: their messages start with {@code [RuleId]}. */
  public static ImmutableList<Diagnostic<? extends JavaFileObject>> findings(
      Compilation compilation, String ruleId) {
    return compilation.diagnostics().stream()
        .filter(d -> message(d).startsWith("[" + ruleId + "]"))
        .collect(ImmutableList.toImmutableList());
  }

  public static void assertNoFinding(Compilation compilation, String ruleId) {
    assertWithMessage("[%s] diagnostics of %s", ruleId, compilation)
        .that(findings(compilation, ruleId).stream().map(MappingRun::message).toList())
        .isEmpty();
  }

  /** The single finding of a rule; fails when there are none or several. */
  public static String onlyFinding(Compilation compilation, String ruleId) {
    List<String> messages =
        findings(compilation, ruleId).stream().map(MappingRun::message).toList();
    assertWithMessage("[%s] diagnostics of %s", ruleId, compilation).that(messages).hasSize(1);
    return messages.get(0);
  }

  public static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }
}
