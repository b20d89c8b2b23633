package io.github.ormcheck.maven.exec;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.report.Json;
import io.github.ormcheck.checker.report.SarifWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baseline file: findings a team has accepted, keyed by the SARIF fingerprint (rule, file and
 * symbol, not the line), so a finding keeps its match when code above it moves. Format:
 *
 * <pre>{@code
 * {
 *   "ormcheckBaseline": 1,
 *   "fingerprintKey": "ormcheck/v1",
 *   "findings": [
 *     { "fingerprint": "3f2a...", "ruleId": "EagerToOne", "file": "src/main/java/shop/Order.java",
 *       "message": "Order.customer (@ManyToOne) is EAGER ..." }
 *   ]
 * }
 * }</pre>
 *
 * Only {@code fingerprint} is used for matching; the other fields are for people reading the
 * file. Entries are sorted by rule, file and fingerprint, so the file diffs well.
 */
public final class Baseline {
  public static final int FORMAT_VERSION = 1;

  private final Set<String> fingerprints;

  private Baseline(Set<String> fingerprints) {
    this.fingerprints = fingerprints;
  }

  public static Baseline empty() {
    return new Baseline(Set.of());
  }

  public boolean contains(String fingerprint) {
    return fingerprints.contains(fingerprint);
  }

  public int size() {
    return fingerprints.size();
  }

  /** Reads a baseline; a file that is not one is an {@link IllegalArgumentException} naming it. */
  public static Baseline read(Path file) throws IOException {
    Object json;
    try {
      json = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("ormcheck baseline " + file + " is not JSON: " + e.getMessage(), e);
    }
    if (!(json instanceof Map<?, ?> map) || !Long.valueOf(FORMAT_VERSION).equals(map.get("ormcheckBaseline"))
        || !(map.get("findings") instanceof List<?> findings)) {
      throw new IllegalArgumentException(
          "ormcheck baseline " + file + " is not an ormcheck baseline (version " + FORMAT_VERSION
              + "): expected {\"ormcheckBaseline\": 1, \"findings\": [...]}");
    }
    Set<String> fingerprints = new TreeSet<>();
    for (Object entry : findings) {
      if (entry instanceof Map<?, ?> e && e.get("fingerprint") instanceof String fingerprint) {
        fingerprints.add(fingerprint);
      }
    }
    return new Baseline(fingerprints);
  }

  /** The baseline text for these findings (those not suppressed in the source). */
  public static String write(List<Finding> findings, SarifWriter writer) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Finding finding : findings) {
      if (finding.suppressed()) {
        continue;
      }
      String uri = writer.reportUri(finding.range().file());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("fingerprint", SarifWriter.fingerprint(finding.rule().id(), uri, finding.symbol()));
      entry.put("ruleId", finding.rule().id());
      entry.put("file", uri);
      entry.put("message", finding.message());
      entries.add(entry);
    }
    entries.sort((a, b) -> {
      int c = ((String) a.get("ruleId")).compareTo((String) b.get("ruleId"));
      c = c != 0 ? c : ((String) a.get("file")).compareTo((String) b.get("file"));
      return c != 0 ? c : ((String) a.get("fingerprint")).compareTo((String) b.get("fingerprint"));
    });
    List<Object> unique = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Map<String, Object> entry : entries) {
      if (seen.add((String) entry.get("fingerprint"))) {
        unique.add(entry);
      }
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("ormcheckBaseline", FORMAT_VERSION);
    root.put("fingerprintKey", SarifWriter.FINGERPRINT_KEY);
    root.put("findings", unique);
    return Json.write(root);
  }
}
