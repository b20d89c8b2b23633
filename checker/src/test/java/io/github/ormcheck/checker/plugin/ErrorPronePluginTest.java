package io.github.ormcheck.checker.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.bugpatterns.BugChecker;
import io.github.ormcheck.checker.findings.Rule;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs ormcheck the way a user's build does: javac with {@code -Xplugin:ErrorProne} and the
 * checker on the processor path, found through {@code ServiceLoader} (which is how Error Prone
 * loads plugin checks). CompilationTestHelper bypasses it, so a check without a public no-arg
 * constructor or a missing service file only fails here.
 */
class ErrorPronePluginTest {
  private static final String ENTITY =
      """
      package shop;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;
      import jakarta.persistence.ManyToOne;

      @Entity
      public class LineItem {
        @Id Long id;

        @ManyToOne
        Product product;
      }
      """;
  private static final String TARGET =
      """
      package shop;

      import jakarta.persistence.Entity;
      import jakarta.persistence.Id;

      @Entity
      public class Product {
        @Id Long id;
      }
      """;

  @TempDir Path temp;

  @Test
  void javacWithErrorPronePluginRunsTheMappingRulesAsChecksWithoutAProcessor() throws IOException {
    Compiled compiled = compile(List.of());

    assertTrue(compiled.success(), () -> "compilation failed:\n" + compiled.messages());
    assertFalse(compiled.messages().contains("Unable to get public no-arg constructor"), compiled.messages());
    List<Diagnostic<? extends JavaFileObject>> eagerToOne = compiled.findings("[EagerToOne] LineItem.product");
    assertEquals(1, eagerToOne.size(), compiled.messages());
    assertEquals(Diagnostic.Kind.WARNING, eagerToOne.get(0).getKind());
    assertEquals(11, eagerToOne.get(0).getLineNumber());
    assertTrue(Files.readString(compiled.sarif()).contains("\"ruleId\": \"EagerToOne\""), "SARIF written at the end of the compilation");
    // The checker registers no annotation processor: with one, javac would run processing rounds
    // and enter every source again; ormcheck-processor registers it for builds without Error Prone.
    assertFalse(Files.exists(Path.of("target/classes/META-INF/services/javax.annotation.processing.Processor")));
    assertFalse(compiled.output().contains("Round 1"), compiled.output());
  }

  @Test
  void processorAndChecksTogetherReportEachMappingFindingOnce() throws IOException {
    // As when a build puts ormcheck-processor next to Error Prone: the processor's findings stand.
    Compiled compiled = compile(List.of("-processor", "io.github.ormcheck.checker.processor.OrmCheckProcessor"));

    assertTrue(compiled.success(), () -> "compilation failed:\n" + compiled.messages());
    assertEquals(1, compiled.findings("[EagerToOne] LineItem.product").size(), compiled.messages());
    assertTrue(compiled.output().contains("Round 1"), "the processor ran: " + compiled.output());
    String sarif = Files.readString(compiled.sarif());
    assertEquals(1, sarif.split("\"ruleId\": \"EagerToOne\"", -1).length - 1, sarif);
  }

  private record Compiled(
      boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output, Path sarif) {
    String messages() {
      return diagnostics.stream()
          .map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
    }

    List<Diagnostic<? extends JavaFileObject>> findings(String prefix) {
      return diagnostics.stream().filter(d -> d.getMessage(Locale.ROOT).startsWith(prefix)).toList();
    }
  }

  /** javac with -Xplugin:ErrorProne and the test class path as processor path, printing its rounds. */
  private Compiled compile(List<String> extraOptions) throws IOException {
    Path sources = temp.resolve("src/shop");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("LineItem.java"), ENTITY, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Product.java"), TARGET, StandardCharsets.UTF_8);
    Path sarif = temp.resolve("out/ormcheck.sarif");
    Path classes = Files.createDirectories(temp.resolve("classes"));
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(
          List.of(
              "-XDcompilePolicy=simple",
              "--should-stop=ifError=FLOW",
              "-Xplugin:ErrorProne",
              "-XprintRounds",
              "-processorpath", classPath,
              "-classpath", classPath,
              "-d", classes.toString(),
              "-Aormcheck.sarifFile=" + sarif,
              "-Aormcheck.sourceRoot=" + temp.resolve("src")));
      options.addAll(extraOptions);
      success =
          javac
              .getTask(output, files, diagnostics, options, null,
                  files.getJavaFileObjects(sources.resolve("LineItem.java"), sources.resolve("Product.java")))
              .call();
    }
    return new Compiled(success, diagnostics.getDiagnostics(), output.toString(), sarif);
  }

  @Test
  void everyRegisteredCheckLoadsThroughServiceLoaderAndIsInTheCatalog() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).split(java.io.File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    List<String> loaded = new ArrayList<>();
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      // The same lookup Error Prone performs for plugin checks, in a class loader of its own as
      // on a processor path; it throws if a check has no public no-arg constructor.
      Class<?> bugChecker = loader.loadClass(BugChecker.class.getName());
      for (Object check : ServiceLoader.load(bugChecker, loader)) {
        if (!check.getClass().getName().startsWith("io.github.ormcheck.")) {
          continue;
        }
        try {
          loaded.add((String) bugChecker.getMethod("canonicalName").invoke(check));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    for (String name : loaded) {
      assertTrue(Rule.byId(name).isPresent(), name + " is registered but missing from the rule catalog");
    }
    List<String> services = serviceEntries();
    assertEquals(services.size(), loaded.size(), "every registered check loads: " + services + " vs " + loaded);
  }

  private static List<String> serviceEntries() throws IOException {
    Path file = Path.of("target/classes/META-INF/services/com.google.errorprone.bugpatterns.BugChecker");
    if (!Files.exists(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }
}
