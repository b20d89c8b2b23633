package io.github.ormcheck.checker.report;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.FixEdit;
import io.github.ormcheck.checker.findings.FlowStep;
import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.Severity;
import io.github.ormcheck.checker.findings.SourceRange;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads back the findings of a log that {@link SarifWriter} wrote, so that a driver (the Maven
 * goal) can merge a compilation's findings with its own and write one report. Results of rules
 * it does not know are skipped.
 */
public final class SarifReader {
  private SarifReader() {}

  /**
   * @param sarif the log's text
   * @param sourceRoot the directory {@code %SRCROOT%} stood for when the log was written
   */
  public static List<Finding> read(String sarif, Path sourceRoot) {
    List<Finding> findings = new ArrayList<>();
    Map<?, ?> log = (Map<?, ?>) Json.parse(sarif);
    for (Object run : (List<?>) log.get("runs")) {
      Object results = ((Map<?, ?>) run).get("results");
      if (!(results instanceof List)) {
        continue;
      }
      for (Object o : (List<?>) results) {
        Map<?, ?> result = (Map<?, ?>) o;
        Optional<Rule> rule = Rule.byId((String) result.get("ruleId"));
        if (rule.isEmpty()) {
          continue;
        }
        Severity severity = "error".equals(result.get("level")) ? Severity.ERROR : Severity.WARNING;
        String message = (String) ((Map<?, ?>) result.get("message")).get("text");
        Map<?, ?> location = (Map<?, ?>) ((List<?>) result.get("locations")).get(0);
        SourceRange range = range((Map<?, ?>) location.get("physicalLocation"), sourceRoot);
        Object properties = result.get("properties");
        String symbol = properties instanceof Map<?, ?> p && p.get(SarifWriter.SYMBOL_PROPERTY) instanceof String s ? s : "";
        boolean inSource = false;
        boolean external = false;
        if (result.get("suppressions") instanceof List<?> suppressions) {
          for (Object suppression : suppressions) {
            Object kind = ((Map<?, ?>) suppression).get("kind");
            inSource |= "inSource".equals(kind);
            external |= "external".equals(kind);
          }
        }
        List<FlowStep> flow = new ArrayList<>();
        if (result.get("relatedLocations") instanceof List<?> related) {
          for (Object r : related) {
            Map<?, ?> step = (Map<?, ?>) r;
            Object stepMessage = step.get("message") instanceof Map<?, ?> m ? m.get("text") : "";
            flow.add(new FlowStep(range((Map<?, ?>) step.get("physicalLocation"), sourceRoot), String.valueOf(stepMessage)));
          }
        }
        findings.add(new Finding(
            rule.get(), severity, message, range, symbol, inSource, flow, external, fix(result, sourceRoot)));
      }
    }
    return findings;
  }

  /** The edits of the result's first fix, as {@link SarifWriter} writes them. */
  private static List<FixEdit> fix(Map<?, ?> result, Path sourceRoot) {
    List<FixEdit> edits = new ArrayList<>();
    if (!(result.get("fixes") instanceof List<?> fixes) || fixes.isEmpty()) {
      return edits;
    }
    Object changes = ((Map<?, ?>) fixes.get(0)).get("artifactChanges");
    for (Object c : changes instanceof List<?> list ? list : List.of()) {
      Map<?, ?> change = (Map<?, ?>) c;
      for (Object r : (List<?>) change.get("replacements")) {
        Map<?, ?> replacement = (Map<?, ?>) r;
        SourceRange range = range(
            Map.of("artifactLocation", change.get("artifactLocation"), "region", replacement.get("deletedRegion")),
            sourceRoot);
        Object text = replacement.get("insertedContent") instanceof Map<?, ?> m ? m.get("text") : "";
        edits.add(new FixEdit(range, String.valueOf(text)));
      }
    }
    return edits;
  }

  private static SourceRange range(Map<?, ?> physical, Path sourceRoot) {
    Map<?, ?> artifact = (Map<?, ?>) physical.get("artifactLocation");
    String uri = (String) artifact.get("uri");
    URI file = artifact.containsKey("uriBaseId")
        ? directoryUri(sourceRoot).resolve(URI.create(uri))
        : URI.create(uri);
    if ("file".equals(file.getScheme())) {
      file = Path.of(file).toUri(); // one spelling (file:///), as the compiler side writes it
    }
    Map<?, ?> region = (Map<?, ?>) physical.get("region");
    return new SourceRange(
        file,
        number(region, "startLine", 1),
        number(region, "startColumn", 1),
        number(region, "endLine", number(region, "startLine", 1)),
        number(region, "endColumn", number(region, "startColumn", 1) + 1));
  }

  private static URI directoryUri(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toString();
    return URI.create(uri.endsWith("/") ? uri : uri + "/");
  }

  private static int number(Map<?, ?> map, String key, int otherwise) {
    return map.get(key) instanceof Number n ? n.intValue() : otherwise;
  }
}
