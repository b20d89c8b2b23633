package io.github.ormcheck.checker.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A bad option fails the compilation with an error that names it, whichever of ormcheck's checks
 * run, on code with no finding: each check, alone through a real javac + Error Prone run (the
 * checks found as Error Prone finds them, in the services file), reports it once.
 */
class OptionErrorsTest {
  private static final String PLAIN =
      """
      package shop;

      class Plain {
        int twice(int x) {
          return 2 * x;
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void eachCheckAloneReportsABadJavacOption() throws IOException {
    List<String> checks = checks();
    assertEquals(16, checks.size(), checks.toString());
    for (String check : checks) {
      Result result = compile("-XepDisableAllChecks -Xep:" + check + ":WARN", "-Aormcheck.defaultBatchFetchSize=lots");
      assertFalse(result.success(), check + ": " + result.errors());
      assertEquals(1, result.errors().size(), check + ": " + result.errors());
      assertTrue(result.errors().get(0).contains("-Aormcheck.defaultBatchFetchSize has value 'lots'"),
          check + ": " + result.errors());
      assertTrue(result.errors().get(0).contains("accepted values"), check + ": " + result.errors());
    }
  }

  @Test
  void aBadErrorProneFlagIsNamedInItsOwnSpelling() throws IOException {
    Result result = compile(
        "-XepDisableAllChecks -Xep:IneffectiveTransactional:WARN -XepOpt:OrmCheck:HibernateVersion=banana");
    assertFalse(result.success(), result.errors().toString());
    assertEquals(1, result.errors().size(), result.errors().toString());
    assertTrue(result.errors().get(0).contains("-XepOpt:OrmCheck:HibernateVersion has value 'banana'"),
        result.errors().toString());
  }

  @Test
  void goodOptionsCompileWithoutErrors() throws IOException {
    Result result = compile("-XepDisableAllChecks -Xep:IneffectiveTransactional:WARN",
        "-Aormcheck.defaultBatchFetchSize=16");
    assertTrue(result.success(), result.errors().toString());
  }

  /** The check names in the checker's services file, as Error Prone loads them. */
  private static List<String> checks() throws IOException {
    List<String> names = new ArrayList<>();
    for (java.util.Enumeration<java.net.URL> files = OptionErrorsTest.class.getClassLoader()
            .getResources("META-INF/services/com.google.errorprone.bugpatterns.BugChecker");
        files.hasMoreElements(); ) {
      try (InputStream in = files.nextElement().openStream()) {
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (line.startsWith("io.github.ormcheck.")) {
            names.add(line.substring(line.lastIndexOf('.') + 1).strip());
          }
        }
      }
    }
    return names;
  }

  private record Result(boolean success, List<String> errors) {}

  private Result compile(String errorProneFlags, String... javacOptions) throws IOException {
    Path plain = temp.resolve("src/shop/Plain.java");
    Files.createDirectories(plain.getParent());
    Files.writeString(plain, PLAIN, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(temp.resolve("classes"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = Stream.concat(
              Stream.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-proc:none",
                  "-Xplugin:ErrorProne " + errorProneFlags, "-processorpath", classPath, "-classpath", classPath,
                  "-d", classes.toString()),
              Stream.of(javacOptions))
          .toList();
      success = javac.getTask(new StringWriter(), files, diagnostics, options, null, files.getJavaFileObjects(plain))
          .call();
    }
    List<String> errors = diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> d.getMessage(Locale.ROOT))
        .collect(Collectors.toList());
    return new Result(success, errors);
  }
}
