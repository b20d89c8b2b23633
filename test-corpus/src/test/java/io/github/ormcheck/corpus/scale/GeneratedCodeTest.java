package io.github.ormcheck.corpus.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.findings.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Robustness on generated code, at a size that keeps CI short (the benchmark runs the same
 * generator at 10k, 100k and 500k lines): javac with Error Prone and every ormcheck rule compiles
 * a generated code base full of odd but valid Java with no internal error and no diagnostic that
 * is not a finding, twice with byte-identical results whatever the file order; and a module that
 * does not compile gets the compiler's errors and nothing from ormcheck but findings.
 */
class GeneratedCodeTest {
  private static final int LINES = 6_000;
  private static final Set<String> RULE_IDS =
      Stream.of(Rule.values()).map(Rule::id).collect(Collectors.toUnmodifiableSet());

  @TempDir Path temp;

  /** What one compilation printed: diagnostics with their kind and code, and the raw output. */
  private record Run(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    String findings(Path root) {
      return diagnostics.stream()
          .map(d -> (d.getSource() == null ? "" : d.getSource().getName().replace(root.toString(), ""))
              + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getKind() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }
  }

  @Test
  void generatedCodeBaseCompilesWithFindingsOnlyAndTheSameResultTwice() throws IOException {
    Path sources = temp.resolve("src");
    long lines = Generate.codeBase(sources, LINES, 42L);
    List<Path> files = javaFiles(sources);
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    Run first = compile(files, "first");
    Run reordered = compile(reversed, "second");

    assertTrue(first.success(), () -> first.findings(temp) + first.output());
    assertOnlyFindings(first);
    long findings = first.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).count();
    // The generated code holds lazy loads in loops, eager to-ones, remote calls in transactions...
    assertTrue(findings >= lines / 500, "expected findings in " + lines + " lines, got " + findings);
    for (String rule : List.of("LazyLoadInLoop", "EagerToOne", "RemoteCallInTransaction", "ManyToManyList",
        "UnboundedLoopInTransaction", "UnidirectionalOneToMany")) {
      assertTrue(first.findings(temp).contains("[" + rule + "]"), rule + " in\n" + first.findings(temp));
    }
    assertEquals(sorted(first.findings(temp)), sorted(reordered.findings(temp)), "same findings in any file order");
    assertEquals(Files.readString(temp.resolve("first.sarif")), Files.readString(temp.resolve("second.sarif")),
        "byte-identical SARIF in any file order");
  }

  @Test
  void moduleThatDoesNotCompileGetsCompilerErrorsAndNoInternalError() throws IOException {
    Path sources = temp.resolve("src");
    Generate.brokenModule(sources);

    Run run = compile(javaFiles(sources), "broken");

    assertFalse(run.success(), "the broken module must not compile");
    assertTrue(run.diagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR
        && d.getCode().startsWith("compiler.err.cant.resolve")), run.findings(temp));
    assertOnlyFindings(run);
  }

  /**
   * Errors only from javac itself (never Error Prone's crash report), warnings only ormcheck's
   * findings, and no note that an ormcheck check skipped code after an internal error.
   */
  private static void assertOnlyFindings(Run run) {
    for (Diagnostic<? extends JavaFileObject> d : run.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      switch (d.getKind()) {
        case ERROR:
          assertTrue(d.getCode().startsWith("compiler.err") && !d.getCode().contains("error.prone"),
              () -> "not a compiler error: " + d.getCode() + " " + message);
          assertFalse(message.contains("ormcheck") || message.contains("An unhandled exception"), message);
          break;
        case WARNING:
        case MANDATORY_WARNING:
          assertTrue(message.startsWith("[") && RULE_IDS.contains(message.substring(1, message.indexOf(']'))),
              () -> "not an ormcheck finding: " + d.getCode() + " " + message);
          break;
        default:
          assertFalse(message.contains("ormcheck"), () -> "an ormcheck note: " + message);
      }
    }
    assertFalse(run.output().contains("ormcheck: internal error"), run.output());
  }

  private Run compile(List<Path> files, String name) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path classes = Files.createDirectories(temp.resolve("classes-" + name));
    List<String> options = new ArrayList<>(List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-processorpath", classPath, "-classpath", classPath, "-d", classes.toString(), "-implicit:none",
        "-Aormcheck.sarifFile=" + temp.resolve(name + ".sarif"), "-Aormcheck.sourceRoot=" + temp.resolve("src"),
        "-Aormcheck.internalErrors=note", "-Aormcheck.MultipleBagFetch=WARN"));
    // Every ormcheck check, as warnings, and none of Error Prone's own (the mapping and configuration
    // rules are not Error Prone checks: their names are ignored here).
    StringBuilder plugin = new StringBuilder(
        "-Xplugin:ErrorProne -XepDisableAllChecks -XepIgnoreUnknownCheckNames -XepOpt:OrmCheck:InternalErrors=note");
    for (Rule rule : Rule.values()) {
      plugin.append(" -Xep:").append(rule.id()).append(":WARN");
    }
    options.add(plugin.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager manager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success =
          javac.getTask(output, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(files)).call();
      return new Run(success, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    }
  }

  private static String sorted(String lines) {
    return lines.lines().sorted().collect(Collectors.joining("\n"));
  }
}
