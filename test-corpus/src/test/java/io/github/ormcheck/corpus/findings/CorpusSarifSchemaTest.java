package io.github.ormcheck.corpus.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.report.Json;
import io.github.ormcheck.checker.report.SchemaValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SARIF the corpus compilation wrote is valid against the SARIF 2.1.0 JSON schema, and has
 * what GitHub code scanning requires beyond it (its ingestion rules run in .ci/run).
 */
class CorpusSarifSchemaTest {
  private static final Path SARIF = Path.of(System.getProperty("ormcheck.corpus.sarif", "target/ormcheck.sarif"));
  private static final Path CHECK_SARIF =
      Path.of(System.getProperty("ormcheck.corpus.checkSarif", "target/ormcheck-check.sarif"));

  @Test
  void javacPluginReportIsSchemaValid() throws IOException {
    validate(SARIF);
  }

  @Test
  void mavenGoalReportIsSchemaValid() throws IOException {
    validate(CHECK_SARIF);
  }

  private static void validate(Path sarif) throws IOException {
    String text = Files.readString(sarif, StandardCharsets.UTF_8);
    Object log = Json.parse(text);
    assertEquals(List.of(), SchemaValidator.sarif().validate(log));

    Map<?, ?> run = (Map<?, ?>) ((List<?>) ((Map<?, ?>) log).get("runs")).get(0);
    List<?> results = (List<?>) run.get("results");
    assertFalse(results.isEmpty());
    for (Object rule : (List<?>) ((Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver")).get("rules")) {
      Map<?, ?> descriptor = (Map<?, ?>) rule;
      assertTrue(descriptor.containsKey("fullDescription") && descriptor.containsKey("help"), descriptor.get("id").toString());
    }
    assertFalse(text.contains(Path.of("").toAbsolutePath().toString()), "no absolute path in the report");
  }
}
