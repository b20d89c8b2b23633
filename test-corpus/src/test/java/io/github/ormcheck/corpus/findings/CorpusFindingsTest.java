package io.github.ormcheck.corpus.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.report.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Compares what ormcheck reported while the corpus was compiled (the SARIF file the javac plugin
 * wrote) with the markers in the corpus sources, and prints precision and recall per rule. Any
 * missing or unexpected finding fails the build.
 */
class CorpusFindingsTest {
  private static final Path SARIF = Path.of(System.getProperty("ormcheck.corpus.sarif", "target/ormcheck.sarif"));
  private static final Path SOURCES = Path.of(System.getProperty("ormcheck.corpus.sources", "src/main/java"));
  private static final Path RESOURCES = Path.of(System.getProperty("ormcheck.corpus.resources", "src/main/resources"));
  /** The report of the Maven goal ormcheck:check, run on the corpus before the tests. */
  private static final Path CHECK_SARIF =
      Path.of(System.getProperty("ormcheck.corpus.checkSarif", "target/ormcheck-check.sarif"));

  /** The report of plain javac with ormcheck-processor: the mapping rules, without Error Prone. */
  private static final Path PROCESSOR_SARIF =
      Path.of(System.getProperty("ormcheck.corpus.processorSarif", "target/ormcheck-processor.sarif"));

  /** Every marker: code rules in the sources, configuration rules in the resources. */
  private static TreeSet<FindingKey> allMarkers() {
    Path root = SOURCES.getParent().getParent().getParent();
    TreeSet<FindingKey> expected = ExpectedFindings.read(SOURCES, root);
    expected.addAll(ExpectedFindings.readConfiguration(RESOURCES, root));
    return expected;
  }

  @Test
  void findingsMatchTheMarkers() throws IOException {
    if (!Files.exists(SARIF)) {
      fail("No " + SARIF + ": the corpus was not compiled with ormcheck (check the compiler plugin's"
          + " -Aormcheck.sarifFile argument and the processor path)");
    }
    // The javac path runs the code rules only; the configuration rules belong to the Maven goal.
    TreeSet<FindingKey> expected = new TreeSet<>(allMarkers());
    expected.removeIf(key -> Rule.byId(key.rule()).map(r -> r.category() == Rule.Category.CONFIGURATION).orElse(false));
    compare(expected, reported(SARIF));
  }

  /** The Maven goal on the same corpus: every marker, code and configuration alike. */
  @Test
  void checkGoalFindingsMatchAllTheMarkers() throws IOException {
    if (!Files.exists(CHECK_SARIF)) {
      fail("No " + CHECK_SARIF + ": ormcheck:check did not run on the corpus before the tests");
    }
    compare(allMarkers(), reported(CHECK_SARIF));
  }

  /**
   * The annotation processor, for builds without Error Prone, finds exactly the mapping findings
   * the Error Prone checks found: every finding of a mapping rule, and MultipleBagFetch only where
   * the checks found it too (its query side needs Error Prone).
   */
  @Test
  void processorDoorFindsTheSameMappingFindings() throws IOException {
    if (!Files.exists(PROCESSOR_SARIF)) {
      fail("No " + PROCESSOR_SARIF + ": the processor-door compiler execution did not run");
    }
    TreeSet<FindingKey> checks = reported(SARIF);
    TreeSet<FindingKey> processor = reported(PROCESSOR_SARIF);
    TreeSet<FindingKey> expected = new TreeSet<>(checks);
    expected.removeIf(key -> !Rule.byId(key.rule()).map(r -> r.category() == Rule.Category.MAPPINGS).orElse(false));
    assertTrue(expected.size() >= 5, "the corpus has mapping findings: " + expected);
    for (FindingKey key : processor) {
      if (key.rule().equals(Rule.MULTIPLE_BAG_FETCH.id()) && checks.contains(key)) {
        expected.add(key);
      }
    }
    assertEquals(expected, processor);
  }

  private static void compare(TreeSet<FindingKey> expected, TreeSet<FindingKey> actual) {
    TreeSet<FindingKey> missing = new TreeSet<>(expected);
    missing.removeAll(actual);
    TreeSet<FindingKey> unexpected = new TreeSet<>(actual);
    unexpected.removeAll(expected);

    System.out.println(PrecisionRecall.table(expected, actual));
    missing.forEach(key -> System.out.println("MISSING    " + key));
    unexpected.forEach(key -> System.out.println("UNEXPECTED " + key));
    assertTrue(missing.isEmpty() && unexpected.isEmpty(),
        "corpus findings differ from the markers: missing " + missing + ", unexpected " + unexpected);
  }

  @Test
  void everyCatalogRuleHasACorpusCase() {
    TreeSet<FindingKey> expected = allMarkers();
    for (Rule rule : Rule.values()) {
      assertTrue(expected.stream().anyMatch(key -> key.rule().equals(rule.id())),
          "no corpus case marked for " + rule.id());
    }
  }

  /**
   * Findings with a story carry it: a lazy load points at the query that loaded the elements and
   * at the loop; a remote call in a transaction at the method whose transaction holds the
   * connection.
   */
  @Test
  @SuppressWarnings("unchecked")
  void findingsWithAStoryCarryACodeFlow() throws IOException {
    Map<String, Object> log = (Map<String, Object>) Json.parse(Files.readString(SARIF, StandardCharsets.UTF_8));
    int checked = 0;
    for (Object run : (List<Object>) log.get("runs")) {
      for (Object item : (List<Object>) ((Map<String, Object>) run).get("results")) {
        Map<String, Object> result = (Map<String, Object>) item;
        String rule = (String) result.get("ruleId");
        if (!rule.equals("LazyLoadInLoop") && !rule.equals("RemoteCallInTransaction")) {
          continue;
        }
        checked++;
        List<Object> related = (List<Object>) result.get("relatedLocations");
        assertTrue(related != null && !related.isEmpty() && result.containsKey("codeFlows"),
            rule + " without its story: " + result);
      }
    }
    assertTrue(checked >= 13, "expected the corpus's LazyLoadInLoop and RemoteCallInTransaction results, saw " + checked);
  }

  /** Unsuppressed ormcheck results of the SARIF log, keyed by file, line and rule. */
  @SuppressWarnings("unchecked")
  static TreeSet<FindingKey> reported(Path sarif) throws IOException {
    Map<String, Object> log = (Map<String, Object>) Json.parse(Files.readString(sarif, StandardCharsets.UTF_8));
    TreeSet<FindingKey> keys = new TreeSet<>();
    for (Object run : (List<Object>) log.get("runs")) {
      for (Object item : (List<Object>) ((Map<String, Object>) run).get("results")) {
        Map<String, Object> result = (Map<String, Object>) item;
        if (result.containsKey("suppressions")) {
          continue;
        }
        Map<String, Object> physical = (Map<String, Object>)
            ((Map<String, Object>) ((List<Object>) result.get("locations")).get(0)).get("physicalLocation");
        String uri = (String) ((Map<String, Object>) physical.get("artifactLocation")).get("uri");
        long line = (Long) ((Map<String, Object>) physical.get("region")).get("startLine");
        keys.add(new FindingKey(uri, (int) line, (String) result.get("ruleId")));
      }
    }
    return keys;
  }
}
