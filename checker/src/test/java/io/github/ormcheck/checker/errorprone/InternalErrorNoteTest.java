package io.github.ormcheck.checker.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.ErrorProneJavaCompiler;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.source.tree.MethodTree;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CheckSupport#internalError}: an exception a check swallows becomes a line in javac's
 * output with {@code internalErrors=note}, and nothing without it. A test-only check stands in
 * for a real one, since real checks are not meant to throw: its matcher throws on a method named
 * {@code boom} and hands the exception to the helper, as the checks' catch blocks do.
 */
class InternalErrorNoteTest {
  /** Throws inside its matcher on {@code boom()}; on {@code worse()} even the message throws. */
  @BugPattern(name = "InternalErrorProbe", summary = "test only", severity = WARNING)
  public static final class Probe extends BugChecker implements MethodTreeMatcher {
    private final OrmCheckOptions options;

    @Inject
    public Probe(ErrorProneFlags flags) {
      this.options = CheckSupport.options(flags);
    }

    @Override
    public Description matchMethod(MethodTree tree, VisitorState state) {
      try {
        if (tree.getName().contentEquals("boom")) {
          throw new IllegalStateException("probe failure\nin boom");
        }
        if (tree.getName().contentEquals("worse")) {
          throw new IllegalStateException() {
            @Override
            public String getMessage() {
              throw new UnsupportedOperationException("a message that cannot be read");
            }
          };
        }
      } catch (RuntimeException | LinkageError e) {
        // As the checks do: stay silent unless asked.
        CheckSupport.internalError(this, state, options, e);
      }
      return Description.NO_MATCH;
    }
  }

  private static final String SHOP =
      """
      package shop;

      class Shop {
        void fine() {}

        void boom() {}

        void worse() {}
      }
      """;
  private static final String ENTITY =
      """
      package shop;

      @jakarta.persistence.Entity
      class Item {
        @jakarta.persistence.Id Long id;
      }
      """;

  @TempDir Path temp;

  @Test
  void silentWithoutTheOption() throws IOException {
    Result result = compile(List.of(), false);
    assertTrue(result.success(), result.output());
    assertFalse(result.output().contains("ormcheck:"), result.output());
  }

  @Test
  void silentWhenAskedForSilence() throws IOException {
    Result result = compile(List.of("-XepOpt:OrmCheck:InternalErrors=silent"), false);
    assertTrue(result.success(), result.output());
    assertFalse(result.output().contains("ormcheck:"), result.output());
  }

  @Test
  void aNoteWithTheErrorProneFlag() throws IOException {
    Result result = compile(List.of("-XepOpt:OrmCheck:InternalErrors=note"), false);
    assertTrue(result.success(), result.output());
    assertNote(result);
  }

  @Test
  void aNoteWithTheProcessorOption() throws IOException {
    Result result = compile(List.of("-Aormcheck.internalErrors=note"), true);
    assertTrue(result.success(), result.output());
    assertNote(result);
  }

  @Test
  void aNoteWithTheProcessorOptionWhenNoProcessorRuns() throws IOException {
    // Error Prone builds run no ormcheck processor: the checks read the -A option themselves.
    Result result = compile(List.of("-Aormcheck.internalErrors=note"), false);
    assertTrue(result.success(), result.output());
    assertNote(result);
  }

  private void assertNote(Result result) {
    List<String> lines = result.output().lines().collect(Collectors.toList());
    List<String> notes = lines.stream().filter(l -> l.startsWith("ormcheck:")).collect(Collectors.toList());
    String file = temp.resolve("src/shop/Shop.java").toString();
    // One note, for boom(); worse()'s unreadable message leaves the helper silent, never throwing.
    assertEquals(
        List.of(
            "ormcheck: internal error in InternalErrorProbe at " + file + ":6, skipped:"
                + " java.lang.IllegalStateException: probe failure in boom"),
        notes,
        result.output());
    int at = lines.indexOf(notes.get(0));
    assertTrue(
        lines.size() > at + 1
            && lines.get(at + 1).startsWith("    at io.github.ormcheck.checker.errorprone.InternalErrorNoteTest$Probe.matchMethod("),
        result.output());
    assertTrue(
        lines.stream().filter(l -> l.startsWith("    at ")).allMatch(l -> l.startsWith("    at io.github.ormcheck.")),
        result.output());
  }

  private record Result(boolean success, String output) {}

  /** javac with the probe as the only Error Prone check; its output writer is captured. */
  private Result compile(List<String> flags, boolean withProcessor) throws IOException {
    Path shop = temp.resolve("src/shop/Shop.java");
    Path item = temp.resolve("src/shop/Item.java");
    Files.createDirectories(shop.getParent());
    Files.writeString(shop, SHOP, StandardCharsets.UTF_8);
    Files.writeString(item, ENTITY, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(temp.resolve("classes"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    ErrorProneJavaCompiler javac = new ErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(Probe.class));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(flags);
      if (withProcessor) {
        options.addAll(List.of("-processorpath", classPath));
      } else {
        options.add("-proc:none");
      }
      options.addAll(List.of("-classpath", classPath, "-d", classes.toString()));
      success = javac.getTask(output, files, diagnostics, options, null, files.getJavaFileObjects(shop, item)).call();
    }
    String messages =
        diagnostics.getDiagnostics().stream()
            .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    return new Result(success, output + messages);
  }
}
