package io.github.ormcheck.checker.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog, the Error Prone metadata and the documentation cannot drift apart. */
class RuleCatalogTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");
  /** Rules reported by the annotation processor or the build, not by an Error Prone check. */
  private static final java.util.Set<String> PROCESSOR_OR_BUILD_RULES =
      java.util.Set.of("EagerToOne", "EagerToMany", "ManyToManyList", "UnidirectionalOneToMany",
          "OpenSessionInView", "ImplicitPoolSize");

  @Test
  void everyRuleHasItsDocumentationPage() throws IOException {
    for (Rule rule : Rule.values()) {
      Path page = DOCS.resolve(rule.id() + ".md");
      assertTrue(Files.exists(page), "missing " + page);
      String text = Files.readString(page);
      assertTrue(text.startsWith("# " + rule.id()), page + " must start with its rule id");
      assertTrue(text.contains("## Bad") && text.contains("## Good"), page + " needs bad and good code");
      assertTrue(rule.documentationUrl().endsWith("/docs/rules/" + rule.id() + ".md"));
    }
  }

  /** Every check registered for ServiceLoader, as Error Prone finds them. */
  private static List<Class<?>> registeredChecks() throws IOException, ClassNotFoundException {
    Path services = Path.of("target/classes/META-INF/services/com.google.errorprone.bugpatterns.BugChecker");
    List<Class<?>> checks = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(services)) {
      if (!line.isBlank()) {
        checks.add(Class.forName(line.trim()));
      }
    }
    assertTrue(checks.size() >= 10, "expected the ormcheck checks in " + services + ": " + checks);
    return checks;
  }

  @Test
  void everyCatalogRuleOfErrorProneIsRegistered() throws Exception {
    java.util.Set<String> registered = new java.util.HashSet<>();
    for (Class<?> check : registeredChecks()) {
      registered.add(check.getAnnotation(BugPattern.class).name());
    }
    for (Rule rule : Rule.values()) {
      if (!PROCESSOR_OR_BUILD_RULES.contains(rule.id())) {
        assertTrue(registered.contains(rule.id()), rule.id() + " has no registered Error Prone check");
      }
    }
  }

  @Test
  void errorProneChecksAgreeWithTheCatalog() throws Exception {
    for (Class<?> check : registeredChecks()) {
      BugPattern pattern = check.getAnnotation(BugPattern.class);
      Rule rule = Rule.byId(pattern.name()).orElseThrow(() -> new AssertionError(pattern.name()));
      assertEquals(rule.documentationUrl(), pattern.link(), pattern.name());
      assertEquals(
          rule.defaultSeverity() == Severity.ERROR ? BugPattern.SeverityLevel.ERROR : BugPattern.SeverityLevel.WARNING,
          pattern.severity(),
          pattern.name());
    }
  }
}
