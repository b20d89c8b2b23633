package io.github.ormcheck.checker.report;

import com.google.common.hash.Hashing;
import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.FlowStep;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.SourceRange;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes findings as a SARIF 2.1.0 log: one run, the rules that produced results, results sorted
 * and located relative to {@code %SRCROOT%}, with fingerprints built from rule, file and the
 * flagged symbol (not the line), so alerts survive unrelated edits.
 */
public final class SarifWriter {
  public static final String SCHEMA =
      "https://json.schemastore.org/sarif-2.1.0.json";
  public static final String SRCROOT = "%SRCROOT%";
  /** Our fingerprint key; the version suffix changes when the fingerprint recipe does. */
  public static final String FINGERPRINT_KEY = "ormcheck/v1";
  /** Result property holding the finding's stable symbol, so a report can be read back. */
  public static final String SYMBOL_PROPERTY = "ormcheck/symbol";

  private final Path sourceRoot;
  private final String toolVersion;
  private final boolean absoluteRoot;

  /** A writer whose output holds no absolute path: the same bytes in every checkout. */
  public SarifWriter(Path sourceRoot, String toolVersion) {
    this(sourceRoot, toolVersion, false);
  }

  /**
   * @param absoluteRoot whether to declare the source root's absolute URI for {@code %SRCROOT%}
   *     (viewers can then open files without being told the root; the bytes become machine
   *     specific)
   */
  public SarifWriter(Path sourceRoot, String toolVersion, boolean absoluteRoot) {
    this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    this.toolVersion = toolVersion;
    this.absoluteRoot = absoluteRoot;
  }

  public String write(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    // The rules that produced results, once each, sorted by id.
    List<Rule> rules = new ArrayList<>(new TreeSet<>(sorted.stream().map(Finding::rule).toList()));
    rules.sort(Comparator.comparing(Rule::id));
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "ormcheck");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion);
    driver.put("informationUri", "https://github.com/ormcheck/ormcheck");
    driver.put("rules", rules.stream().map(SarifWriter::rule).toList());

    List<Object> results = new ArrayList<>();
    for (Finding finding : sorted) {
      results.add(result(finding, rules.indexOf(finding.rule())));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put(
        "originalUriBaseIds",
        Map.of(
            SRCROOT,
            absoluteRoot
                ? Map.of("uri", directoryUri(sourceRoot))
                : Map.of("description", Map.of("text", "The root of the analysed project or module."))));
    run.put("results", results);
    run.put("columnKind", "utf16CodeUnits");

    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return Json.write(log);
  }

  private static Map<String, Object> rule(Rule rule) {
    Map<String, Object> descriptor = new LinkedHashMap<>();
    descriptor.put("id", rule.id());
    descriptor.put("name", rule.friendlyName());
    descriptor.put("shortDescription", Map.of("text", rule.summary()));
    descriptor.put("fullDescription", Map.of("text", rule.summary() + " See " + rule.documentationUrl()));
    descriptor.put("helpUri", rule.documentationUrl());
    Map<String, Object> help = new LinkedHashMap<>();
    help.put("text", rule.summary() + " The rule page explains the cost, the fix and the look-alikes it"
        + " leaves alone: " + rule.documentationUrl());
    help.put("markdown", "**" + rule.id() + "** (" + rule.category().tag() + "): " + rule.summary()
        + "\n\nSee [" + rule.id() + "](" + rule.documentationUrl() + ") for the cost, the fix and the"
        + " look-alikes it leaves alone.");
    descriptor.put("help", help);
    descriptor.put("defaultConfiguration", Map.of("level", rule.defaultSeverity().sarifLevel()));
    descriptor.put("properties", Map.of("tags", rule.tags()));
    return descriptor;
  }

  private Map<String, Object> result(Finding finding, int ruleIndex) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.rule().id());
    result.put("ruleIndex", ruleIndex);
    result.put("level", finding.severity().sarifLevel());
    result.put("message", Map.of("text", finding.message()));
    String uri = relativeUri(finding.range().file());
    result.put("locations", List.of(Map.of("physicalLocation", physicalLocation(finding.range()))));
    if (!finding.flow().isEmpty()) {
      List<Object> related = new ArrayList<>();
      List<Object> steps = new ArrayList<>();
      int id = 1;
      for (FlowStep step : finding.flow()) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("id", id++);
        location.put("physicalLocation", physicalLocation(step.range()));
        location.put("message", Map.of("text", step.message()));
        related.add(location);
        steps.add(Map.of("location", location));
      }
      Map<String, Object> last = new LinkedHashMap<>();
      last.put("physicalLocation", physicalLocation(finding.range()));
      last.put("message", Map.of("text", finding.message()));
      steps.add(Map.of("location", last));
      result.put("relatedLocations", related);
      result.put("codeFlows", List.of(Map.of("threadFlows", List.of(Map.of("locations", steps)))));
    }
    if (!finding.fix().isEmpty()) {
      result.put("fixes", List.of(fix(finding)));
    }
    result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, fingerprint(finding.rule().id(), uri, finding.symbol())));
    List<Object> suppressions = new ArrayList<>();
    if (finding.suppressed()) {
      suppressions.add(Map.of("kind", "inSource"));
    }
    if (finding.baselined()) {
      Map<String, Object> external = new LinkedHashMap<>();
      external.put("kind", "external");
      external.put("justification", "listed in the ormcheck baseline");
      suppressions.add(external);
    }
    if (!suppressions.isEmpty()) {
      result.put("suppressions", suppressions);
    }
    result.put("properties", Map.of(SYMBOL_PROPERTY, finding.symbol()));
    return result;
  }

  /** The suggested fix as one SARIF fix: its edits grouped by file, in order. */
  private Map<String, Object> fix(Finding finding) {
    Map<String, List<Object>> byFile = new LinkedHashMap<>();
    Map<String, Map<String, Object>> artifacts = new LinkedHashMap<>();
    for (io.github.ormcheck.checker.findings.FixEdit edit : finding.fix()) {
      Map<String, Object> physical = physicalLocation(edit.range());
      @SuppressWarnings("unchecked")
      Map<String, Object> artifact = (Map<String, Object>) physical.get("artifactLocation");
      String key = String.valueOf(artifact.get("uri"));
      artifacts.putIfAbsent(key, artifact);
      Map<String, Object> replacement = new LinkedHashMap<>();
      replacement.put("deletedRegion", physical.get("region"));
      replacement.put("insertedContent", Map.of("text", edit.replacement()));
      byFile.computeIfAbsent(key, k -> new ArrayList<>()).add(replacement);
    }
    List<Object> changes = new ArrayList<>();
    for (Map.Entry<String, List<Object>> file : byFile.entrySet()) {
      Map<String, Object> change = new LinkedHashMap<>();
      change.put("artifactLocation", artifacts.get(file.getKey()));
      change.put("replacements", file.getValue());
      changes.add(change);
    }
    Map<String, Object> fix = new LinkedHashMap<>();
    fix.put("description", Map.of("text", "ormcheck's suggested fix for " + finding.rule().id()));
    fix.put("artifactChanges", changes);
    return fix;
  }

  private Map<String, Object> physicalLocation(SourceRange range) {
    String uri = relativeUri(range.file());
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", uri);
    if (!uri.contains(":")) {
      artifact.put("uriBaseId", SRCROOT);
    }
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", range.startLine());
    region.put("startColumn", range.startColumn());
    region.put("endLine", range.endLine());
    region.put("endColumn", range.endColumn());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    physical.put("region", region);
    return physical;
  }

  /** The URI a finding's file gets in the report: relative to the source root when under it. */
  public String reportUri(URI file) {
    return relativeUri(file);
  }

  /**
   * The fingerprint under {@link #FINGERPRINT_KEY}: rule, report URI and the flagged symbol, not
   * the line, so it survives edits that only move code. Baselines are keyed by it.
   */
  public static String fingerprint(String ruleId, String uri, String symbol) {
    String key = ruleId + '\n' + uri + '\n' + symbol;
    return Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 32);
  }

  /** A file URI relative to the source root when it lies under it, else the absolute URI. */
  private String relativeUri(URI file) {
    if (!"file".equals(file.getScheme())) {
      return file.toString();
    }
    Path path = Path.of(file).toAbsolutePath().normalize();
    if (!path.startsWith(sourceRoot)) {
      return path.toUri().toString();
    }
    StringBuilder relative = new StringBuilder();
    for (Path part : sourceRoot.relativize(path)) {
      if (relative.length() > 0) {
        relative.append('/');
      }
      relative.append(encode(part.toString()));
    }
    return relative.toString();
  }

  private static String encode(String segment) {
    try {
      return new URI(null, null, segment, null).getRawPath();
    } catch (java.net.URISyntaxException e) {
      return segment;
    }
  }

  private static String directoryUri(Path directory) {
    String uri = directory.toUri().toString();
    return uri.endsWith("/") ? uri : uri + "/";
  }
}
