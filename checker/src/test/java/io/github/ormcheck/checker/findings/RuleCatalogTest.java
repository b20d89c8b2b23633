package io.github.ormcheck.checker.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import io.github.ormcheck.checker.bugpatterns.IneffectiveTransactional;
import io.github.ormcheck.checker.bugpatterns.LazyLoadInLoop;
import io.github.ormcheck.checker.bugpatterns.QueryInLoop;
import io.github.ormcheck.checker.bugpatterns.RemoteCallInTransaction;
import io.github.ormcheck.checker.bugpatterns.TransactionalSelfInvocation;
import io.github.ormcheck.checker.bugpatterns.UnboundedLoopInTransaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog, the Error Prone metadata and the documentation cannot drift apart. */
class RuleCatalogTest {
  private static final Path DOCS = Path.of("..", "docs", "rules");

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

  @Test
  void errorProneChecksAgreeWithTheCatalog() {
    for (Class<?> check : List.of(
        LazyLoadInLoop.class, QueryInLoop.class, RemoteCallInTransaction.class, IneffectiveTransactional.class,
        TransactionalSelfInvocation.class, UnboundedLoopInTransaction.class)) {
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
