package io.github.ormcheck.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
 * A build without Error Prone: plain javac with this artifact on the processor path, found through
 * {@code ServiceLoader} as javac finds processors. The mapping rules report and the SARIF report
 * is written; nothing else is needed on the command line.
 */
class PlainJavacTest {
  private static final String ORDER =
      """
      package shop;

      import jakarta.persistence.*;
      import java.util.List;

      @Entity
      public class Order {
        @Id Long id;
        @ManyToOne Customer customer;
        @ManyToMany List<Customer> watchers;
      }
      """;
  private static final String CUSTOMER =
      """
      package shop;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
      }
      """;

  @TempDir Path temp;

  @Test
  void plainJavacRunsTheMappingRulesAndWritesSarif() throws IOException {
    Path sources = Files.createDirectories(temp.resolve("src/shop"));
    Files.writeString(sources.resolve("Order.java"), ORDER, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Customer.java"), CUSTOMER, StandardCharsets.UTF_8);
    Path sarif = temp.resolve("out/ormcheck.sarif");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean success;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-processorpath", classPath,
              "-classpath", classPath,
              "-d", Files.createDirectories(temp.resolve("classes")).toString(),
              "-Aormcheck.sarifFile=" + sarif,
              "-Aormcheck.sourceRoot=" + temp.resolve("src"));
      success =
          javac
              .getTask(output, files, diagnostics, options, null,
                  files.getJavaFileObjects(sources.resolve("Order.java"), sources.resolve("Customer.java")))
              .call();
    }

    String messages =
        diagnostics.getDiagnostics().stream()
            .map(d -> d.getKind() + " " + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
            .collect(Collectors.joining("\n"));
    assertTrue(success, () -> "compilation failed:\n" + messages + output);
    List<Diagnostic<? extends JavaFileObject>> findings =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getMessage(Locale.ROOT).startsWith("["))
            .toList();
    assertEquals(2, findings.size(), messages);
    assertTrue(findings.get(0).getMessage(Locale.ROOT).startsWith("[EagerToOne] Order.customer"), messages);
    assertEquals(9, findings.get(0).getLineNumber(), messages);
    assertTrue(findings.get(1).getMessage(Locale.ROOT).startsWith("[ManyToManyList] Order.watchers"), messages);
    String report = Files.readString(sarif);
    assertTrue(report.contains("\"ruleId\": \"EagerToOne\""), report);
    assertTrue(report.contains("\"ruleId\": \"ManyToManyList\""), report);
  }
}
