package io.github.ormcheck.checker.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same code gives the same diagnostics and byte-identical SARIF, whatever the order in which
 * javac is given the files: results are sorted and carry no timestamps or absolute paths.
 */
class DeterminismTest {
  private static final String CUSTOMER =
      """
      package shop;

      import jakarta.persistence.*;

      @Entity
      public class Customer {
        @Id Long id;
        String name;

        public String getName() {
          return name;
        }
      }
      """;
  private static final String ORDER =
      """
      package shop;

      import jakarta.persistence.*;
      import java.util.List;

      @Entity
      public class Order {
        @Id Long id;
        @ManyToOne(fetch = FetchType.LAZY) Customer customer;
        @ManyToOne Customer referrer;
        @OneToMany List<Customer> watchers;

        public Customer getCustomer() {
          return customer;
        }
      }
      """;
  private static final String REPORTS =
      """
      package shop;

      import jakarta.persistence.EntityManager;
      import java.util.ArrayList;
      import java.util.List;

      class Reports {
        EntityManager em;

        List<String> names(List<Long> ids) {
          List<String> names = new ArrayList<>();
          for (Order o : em.createQuery("select o from Order o", Order.class).getResultList()) {
            names.add(o.getCustomer().getName());
          }
          for (Long id : ids) {
            names.add(em.find(Customer.class, id).getName());
          }
          return names;
        }
      }
      """;

  @TempDir Path temp;

  @Test
  void sameCodeSameDiagnosticsSameSarifBytes() throws IOException {
    Path sources = temp.resolve("src/shop");
    Files.createDirectories(sources);
    Files.writeString(sources.resolve("Customer.java"), CUSTOMER, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Order.java"), ORDER, StandardCharsets.UTF_8);
    Files.writeString(sources.resolve("Reports.java"), REPORTS, StandardCharsets.UTF_8);
    List<Path> files =
        List.of(sources.resolve("Customer.java"), sources.resolve("Order.java"), sources.resolve("Reports.java"));
    List<Path> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);

    String first = compile(files, "first");
    String second = compile(files, "second");
    String reordered = compile(reversed, "third");

    assertTrue(first.contains("[EagerToOne]") && first.contains("[LazyLoadInLoop]")
        && first.contains("[QueryInLoop]") && first.contains("[UnidirectionalOneToMany]"), first);
    assertEquals(first, second, "two runs over the same code");
    byte[] firstSarif = Files.readAllBytes(temp.resolve("first.sarif"));
    assertEquals(new String(firstSarif, StandardCharsets.UTF_8),
        Files.readString(temp.resolve("second.sarif")), "byte-identical SARIF");
    assertEquals(new String(firstSarif, StandardCharsets.UTF_8),
        Files.readString(temp.resolve("third.sarif")), "SARIF independent of file order");
    String sarif = new String(firstSarif, StandardCharsets.UTF_8);
    assertTrue(!sarif.contains(temp.toString() + "/src/shop"), "locations are relative to the source root");
    assertTrue(sarif.contains("\"codeFlows\"") && sarif.contains("\"relatedLocations\"")
        && sarif.contains("the elements are loaded here, by the query"), "the lazy load's story: " + sarif);
  }

  /** Compiles with Error Prone and ormcheck; returns the ormcheck diagnostics, sorted. */
  private String compile(List<Path> files, String name) throws IOException {
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path classes = Files.createDirectories(temp.resolve("classes-" + name));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean success =
          javac
              .getTask(new StringWriter(), manager, diagnostics,
                  List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-Xplugin:ErrorProne",
                      "-processorpath", classPath, "-classpath", classPath, "-d", classes.toString(),
                      "-Aormcheck.sarifFile=" + temp.resolve(name + ".sarif"),
                      "-Aormcheck.sourceRoot=" + temp.resolve("src")),
                  null, manager.getJavaFileObjectsFromPaths(files))
              .call();
      assertTrue(success, () -> diagnostics.getDiagnostics().toString());
    }
    return diagnostics.getDiagnostics().stream()
        .map(d -> d.getSource().getName().replace(temp.toString(), "")
            + ":" + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
        .filter(line -> line.contains("] "))
        .sorted()
        .collect(Collectors.joining("\n"));
  }
}
