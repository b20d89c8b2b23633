package io.github.ormcheck.checker.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.report.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check's suggested fix reaches SARIF {@code fixes} as an insertion at the right place. */
class SarifFixesTest {
  @TempDir Path temp;

  @Test
  @SuppressWarnings("unchecked")
  void entityGraphFixIsWrittenAsAnInsertion() throws IOException {
    Path src = temp.resolve("src");
    write(src, "org/springframework/data/repository/Repository.java",
        "package org.springframework.data.repository;\npublic interface Repository<T, ID> {}\n");
    write(src, "org/springframework/data/jpa/repository/EntityGraph.java",
        "package org.springframework.data.jpa.repository;\n"
            + "public @interface EntityGraph { String value() default \"\"; String[] attributePaths() default {}; }\n");
    write(src, "shop/Customer.java",
        "package shop;\nimport jakarta.persistence.*;\n"
            + "@Entity public class Customer { @Id Long id; String name; public String getName() { return name; } }\n");
    write(src, "shop/Order.java",
        "package shop;\nimport jakarta.persistence.*;\n@Entity public class Order {\n  @Id Long id;\n"
            + "  @ManyToOne(fetch = FetchType.LAZY) Customer customer;\n"
            + "  public Customer getCustomer() { return customer; }\n}\n");
    write(src, "shop/Reports.java",
        "package shop;\nimport java.util.List;\nclass Reports {\n"
            + "  interface Orders extends org.springframework.data.repository.Repository<Order, Long> {\n"
            + "    List<Order> findByIdGreaterThan(long id);\n  }\n  Orders orders;\n  void print() {\n"
            + "    for (Order o : orders.findByIdGreaterThan(0)) {\n      System.out.println(o.getCustomer().getName());\n"
            + "    }\n  }\n}\n");
    Path sarif = temp.resolve("out.sarif");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<Path> sources;
      try (var walk = Files.walk(src)) {
        sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      }
      boolean ok =
          javac.getTask(new StringWriter(), files, diagnostics,
                  List.of("-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-Xplugin:ErrorProne",
                      "-processorpath", classPath, "-classpath", classPath,
                      "-d", Files.createDirectories(temp.resolve("classes")).toString(),
                      "-Aormcheck.sarifFile=" + sarif, "-Aormcheck.sourceRoot=" + src),
                  null, files.getJavaFileObjectsFromPaths(sources))
              .call();
      assertTrue(ok, diagnostics.getDiagnostics()::toString);
    }
    Map<String, Object> log = (Map<String, Object>) Json.parse(Files.readString(sarif));
    Map<String, Object> run = (Map<String, Object>) ((List<Object>) log.get("runs")).get(0);
    Map<String, Object> lazyLoad = ((List<Object>) run.get("results")).stream()
        .map(r -> (Map<String, Object>) r)
        .filter(r -> r.get("ruleId").equals("LazyLoadInLoop"))
        .findFirst().orElseThrow();
    Map<String, Object> fix = (Map<String, Object>) ((List<Object>) lazyLoad.get("fixes")).get(0);
    Map<String, Object> change = (Map<String, Object>) ((List<Object>) fix.get("artifactChanges")).get(0);
    assertEquals("shop/Reports.java", ((Map<String, Object>) change.get("artifactLocation")).get("uri"));
    List<Object> replacements = (List<Object>) change.get("replacements");
    String inserted = replacements.stream()
        .map(r -> (String) ((Map<String, Object>) ((Map<String, Object>) r).get("insertedContent")).get("text"))
        .reduce("", String::concat);
    assertTrue(inserted.contains("@EntityGraph(attributePaths = \"customer\") "), inserted);
    Map<String, Object> region = (Map<String, Object>)
        ((Map<String, Object>) replacements.stream()
            .filter(r -> ((String) ((Map<String, Object>) ((Map<String, Object>) r).get("insertedContent")).get("text"))
                .contains("@EntityGraph"))
            .findFirst().orElseThrow()).get("deletedRegion");
    assertEquals(5L, region.get("startLine"), "inserted before the repository method");
    assertEquals(region.get("startColumn"), region.get("endColumn"), "an insertion deletes nothing");
  }

  private static void write(Path root, String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
