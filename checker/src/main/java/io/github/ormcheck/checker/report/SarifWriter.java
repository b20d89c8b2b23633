package io.github.ormcheck.checker.report;

import com.google.common.hash.Hashing;
import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.Rule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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

  private final Path sourceRoot;
  private final String toolVersion;

  public SarifWriter(Path sourceRoot, String toolVersion) {
    this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    this.toolVersion = toolVersion;
  }

  public String write(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Finding.ORDER);
    List<Rule> rules = new ArrayList<>(new TreeSet<>(sorted.stream().map(Finding::rule).toList()));
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "ormcheck");
    driver.put("semanticVersion", toolVersion);
    driver.put("informationUri", "https://github.com/ormcheck/ormcheck");
    driver.put("rules", rules.stream().map(SarifWriter::rule).toList());

    List<Object> results = new ArrayList<>();
    for (Finding finding : sorted) {
      results.add(result(finding, rules.indexOf(finding.rule())));
    }
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of("uri", directoryUri(sourceRoot))));
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
    descriptor.put("name", rule.id());
    descriptor.put("shortDescription", Map.of("text", rule.summary()));
    descriptor.put("fullDescription", Map.of("text", rule.summary() + " See " + rule.documentationUrl()));
    descriptor.put("helpUri", rule.documentationUrl());
    descriptor.put("help", Map.of("text", rule.summary() + " See " + rule.documentationUrl()));
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
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", uri);
    if (!uri.contains(":")) {
      artifact.put("uriBaseId", SRCROOT);
    }
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", finding.range().startLine());
    region.put("startColumn", finding.range().startColumn());
    region.put("endLine", finding.range().endLine());
    region.put("endColumn", finding.range().endColumn());
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    physical.put("region", region);
    result.put("locations", List.of(Map.of("physicalLocation", physical)));
    result.put("partialFingerprints", Map.of(FINGERPRINT_KEY, fingerprint(finding, uri)));
    if (finding.suppressed()) {
      result.put("suppressions", List.of(Map.of("kind", "inSource")));
    }
    return result;
  }

  private static String fingerprint(Finding finding, String uri) {
    String key = finding.rule().id() + '\n' + uri + '\n' + finding.symbol();
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
