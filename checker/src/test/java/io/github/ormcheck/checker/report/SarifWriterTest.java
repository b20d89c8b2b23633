package io.github.ormcheck.checker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.FlowStep;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.findings.SourceRange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The SARIF log: schema-valid, complete for GitHub code scanning, deterministic, escaped. */
class SarifWriterTest {
  private static final Path ROOT = Path.of("/work/project");

  private static SourceRange at(String file, int line) {
    return new SourceRange(ROOT.resolve(file).toUri(), line, 5, line, 17);
  }

  private static List<Finding> sample() {
    Finding lazy =
        new Finding(Rule.LAZY_LOAD_IN_LOOP, Severity.WARNING, "o.getCustomer() loads \"lazily\"\nper order",
                at("src/main/java/shop/Reports.java", 30), "shop.Reports#print:customer", false)
            .withFlow(List.of(
                new FlowStep(at("src/main/java/shop/Reports.java", 24), "the orders are queried here"),
                new FlowStep(at("src/main/java/shop/Reports.java", 27), "the loop over the orders")));
    Finding suppressed =
        new Finding(Rule.EAGER_TO_ONE, Severity.WARNING, "Order.payer is EAGER",
            at("src/main/java/shop/Order.java", 11), "shop.Order#payer", true);
    Finding baselined =
        new Finding(Rule.MULTIPLE_BAG_FETCH, Severity.ERROR, "two bags",
            at("src/main/java/shop/Order.java", 40), "shop.Order#bags", false).withBaselined(true);
    Finding config =
        new Finding(Rule.OPEN_SESSION_IN_VIEW, Severity.WARNING, "open in view",
            at("src/main/resources/application.yml", 3), "application.yml#spring.jpa.open-in-view", false);
    return List.of(lazy, suppressed, baselined, config);
  }

  private static Map<?, ?> run(String sarif) {
    return (Map<?, ?>) ((List<?>) ((Map<?, ?>) Json.parse(sarif)).get("runs")).get(0);
  }

  private static SchemaValidator schema() throws IOException {
    try (InputStream in = SarifWriterTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return new SchemaValidator(Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
  }

  @Test
  void validAgainstTheSarifSchema() throws IOException {
    String sarif = new SarifWriter(ROOT, "1.2.3").write(sample());
    assertEquals(List.of(), schema().validate(Json.parse(sarif)));
    String withRoot = new SarifWriter(ROOT, "1.2.3", true).write(sample());
    assertEquals(List.of(), schema().validate(Json.parse(withRoot)));
    assertEquals(List.of(), schema().validate(Json.parse(new SarifWriter(ROOT, "1").write(List.of()))));
  }

  @Test
  void schemaValidatorCatchesBrokenLogs() throws IOException {
    String sarif = new SarifWriter(ROOT, "1.2.3").write(sample());
    assertFalse(schema().validate(Json.parse(sarif.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\""))).isEmpty());
    assertFalse(schema().validate(Json.parse(sarif.replace("\"level\": \"warning\"", "\"level\": \"loud\""))).isEmpty());
    assertFalse(schema().validate(Json.parse(sarif.replace("\"startLine\": 30", "\"startLine\": 0"))).isEmpty());
    assertFalse(schema().validate(Json.parse(sarif.replace("\"kind\": \"inSource\"", "\"kind\": \"inside\""))).isEmpty());
  }

  /** What GitHub code scanning needs of each rule and result beyond the schema. */
  @Test
  void rulesAndResultsCarryWhatCodeScanningNeeds() {
    Map<?, ?> run = run(new SarifWriter(ROOT, "1.2.3").write(sample()));
    Map<?, ?> driver = (Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver");
    assertEquals("ormcheck", driver.get("name"));
    assertEquals("1.2.3", driver.get("version"));
    assertTrue(((String) driver.get("informationUri")).startsWith("https://"));
    List<?> rules = (List<?>) driver.get("rules");
    List<Object> ids = new ArrayList<>();
    for (Object o : rules) {
      Map<?, ?> rule = (Map<?, ?>) o;
      ids.add(rule.get("id"));
      assertNotEquals(rule.get("id"), rule.get("name"));
      for (String key : List.of("shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties")) {
        assertTrue(rule.containsKey(key), rule.get("id") + " lacks " + key);
      }
      assertTrue(((Map<?, ?>) rule.get("help")).containsKey("markdown"));
      assertTrue(((List<?>) ((Map<?, ?>) rule.get("properties")).get("tags")).contains("ormcheck"));
    }
    assertEquals(List.of("EagerToOne", "LazyLoadInLoop", "MultipleBagFetch", "OpenSessionInView"), ids);
    assertTrue(((Map<?, ?>) run.get("originalUriBaseIds")).containsKey("%SRCROOT%"));

    List<?> results = (List<?>) run.get("results");
    assertEquals(4, results.size());
    for (Object o : results) {
      Map<?, ?> result = (Map<?, ?>) o;
      assertEquals(result.get("ruleId"), ((Map<?, ?>) rules.get(((Long) result.get("ruleIndex")).intValue())).get("id"));
      Map<?, ?> artifact = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) result.get("locations")).get(0))
          .get("physicalLocation")).get("artifactLocation");
      assertEquals("%SRCROOT%", artifact.get("uriBaseId"));
      assertTrue(((String) artifact.get("uri")).startsWith("src/main/"));
      assertTrue(((Map<?, ?>) result.get("partialFingerprints")).containsKey(SarifWriter.FINGERPRINT_KEY));
    }
  }

  @Test
  void storyBecomesRelatedLocationsAndACodeFlow() {
    List<?> results = (List<?>) run(new SarifWriter(ROOT, "1").write(sample())).get("results");
    Map<?, ?> lazy = results.stream().map(r -> (Map<?, ?>) r)
        .filter(r -> r.get("ruleId").equals("LazyLoadInLoop")).findFirst().orElseThrow();
    List<?> related = (List<?>) lazy.get("relatedLocations");
    assertEquals(2, related.size());
    assertEquals(1L, ((Map<?, ?>) related.get(0)).get("id"));
    List<?> steps = (List<?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) lazy.get("codeFlows")).get(0))
        .get("threadFlows")).get(0)).get("locations");
    assertEquals(3, steps.size(), "two story steps, then the finding itself");
    Map<?, ?> eager = results.stream().map(r -> (Map<?, ?>) r)
        .filter(r -> r.get("ruleId").equals("EagerToOne")).findFirst().orElseThrow();
    assertFalse(eager.containsKey("codeFlows"));
  }

  @Test
  void suppressedAndBaselinedFindingsAreReportedAsSuppressed() {
    List<?> results = (List<?>) run(new SarifWriter(ROOT, "1").write(sample())).get("results");
    Map<String, Object> kinds = new java.util.TreeMap<>();
    for (Object o : results) {
      Map<?, ?> result = (Map<?, ?>) o;
      Object suppressions = result.get("suppressions");
      kinds.put((String) result.get("ruleId"),
          suppressions == null ? "none" : ((Map<?, ?>) ((List<?>) suppressions).get(0)).get("kind"));
    }
    assertEquals(Map.of("EagerToOne", "inSource", "MultipleBagFetch", "external",
        "LazyLoadInLoop", "none", "OpenSessionInView", "none"), kinds);
  }

  @Test
  void byteIdenticalWhateverTheInputOrderAndWithoutAbsolutePaths() {
    List<Finding> shuffled = new ArrayList<>(sample());
    String first = new SarifWriter(ROOT, "1").write(shuffled);
    for (int seed = 0; seed < 5; seed++) {
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(first, new SarifWriter(ROOT, "1").write(shuffled));
    }
    assertFalse(first.contains("/work/project"), "no absolute path unless asked");
    assertFalse(first.contains("file:"));
    assertTrue(new SarifWriter(ROOT, "1", true).write(shuffled).contains("file:///work/project/"));
  }

  @Test
  void fingerprintIgnoresTheLine() {
    Finding a = new Finding(Rule.EAGER_TO_ONE, Severity.WARNING, "m", at("A.java", 3), "A#b", false);
    Finding moved = new Finding(Rule.EAGER_TO_ONE, Severity.WARNING, "m", at("A.java", 9), "A#b", false);
    String fpA = fingerprints(new SarifWriter(ROOT, "1").write(List.of(a))).get(0);
    String fpMoved = fingerprints(new SarifWriter(ROOT, "1").write(List.of(moved))).get(0);
    assertEquals(fpA, fpMoved);
    assertEquals(SarifWriter.fingerprint("EagerToOne", "A.java", "A#b"), fpA);
  }

  private static List<String> fingerprints(String sarif) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) run(sarif).get("results")) {
      out.add((String) ((Map<?, ?>) ((Map<?, ?>) o).get("partialFingerprints")).get(SarifWriter.FINGERPRINT_KEY));
    }
    return out;
  }

  /** Random messages and file names with every kind of awkward character survive a round trip. */
  @Test
  void fuzzedMessagesAndPathsRoundTrip() throws IOException {
    SchemaValidator schema = schema();
    Random random = new Random(20261124);
    String[] pieces = {"\"", "\\", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "\u2028", "\u2029",
        "\uD83D\uDE00", "\uD800", "\uDC00", "é", "%", " ", "#", "?", "&", "'", "<", "/", "a", "Z", "0", "\uFEFF"};
    for (int round = 0; round < 300; round++) {
      StringBuilder message = new StringBuilder();
      StringBuilder name = new StringBuilder("F");
      for (int i = random.nextInt(12); i >= 0; i--) {
        String piece = pieces[random.nextInt(pieces.length)];
        message.append(piece);
        // A file name can hold anything but '/', NUL and unpaired surrogates.
        if (!piece.equals("/") && !piece.equals("\u0000") && !piece.equals("\uD800") && !piece.equals("\uDC00")) {
          name.append(piece);
        }
      }
      String relative = "src/" + name + ".java";
      Finding finding = new Finding(Rule.QUERY_IN_LOOP, Severity.WARNING, message.toString(),
          new SourceRange(ROOT.resolve(relative).toUri(), 1, 1, 1, 2), message.toString(), false);
      String sarif = new SarifWriter(ROOT, "1").write(List.of(finding));
      Object parsed = Json.parse(sarif);
      assertEquals(List.of(), schema.validate(parsed), "round " + round);
      Map<?, ?> result = (Map<?, ?>) ((List<?>) run(sarif).get("results")).get(0);
      assertEquals(message.toString(), ((Map<?, ?>) result.get("message")).get("text"), "round " + round);
      String uri = (String) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) result.get("locations")).get(0))
          .get("physicalLocation")).get("artifactLocation")).get("uri");
      assertEquals(relative, URI.create(uri).getPath(), "round " + round);
      byte[] utf8 = sarif.getBytes(StandardCharsets.UTF_8);
      assertEquals(sarif, new String(utf8, StandardCharsets.UTF_8), "encodable as UTF-8, round " + round);
      assertFalse(sarif.contains("\u2028") || sarif.contains("\u2029"));
    }
  }
}
