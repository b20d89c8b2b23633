package io.github.ormcheck.corpus.findings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the corpus markers: a line comment {@code // expect: RuleId[, RuleId...]} on the line
 * where each finding must be reported (for a mapping rule, the line of the mapping annotation).
 * Every line without a marker must stay silent. In configuration files (properties, YAML, XML),
 * which cannot all hold a comment at the end of a line, a comment line
 * {@code # expect next: RuleId[, RuleId...]} (or {@code <!-- expect next: ... -->}) marks the
 * line below it.
 */
final class ExpectedFindings {
  private static final Pattern MARKER = Pattern.compile("//\\s*expect:\\s*([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*)\\s*$");

  private static final Pattern NEXT_LINE_MARKER =
      Pattern.compile("(?:#|<!--)\\s*expect next:\\s*([A-Za-z]+(?:\\s*,\\s*[A-Za-z]+)*)\\s*(?:-->)?\\s*$");

  private ExpectedFindings() {}

  /** The markers of the configuration files under {@code resources} (absent: none). */
  static TreeSet<FindingKey> readConfiguration(Path resources, Path relativeTo) {
    TreeSet<FindingKey> expected = new TreeSet<>();
    if (!Files.isDirectory(resources)) {
      return expected;
    }
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(properties|ya?ml|xml)")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String uri = relativeTo.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
          Matcher marker = NEXT_LINE_MARKER.matcher(lines.get(i).strip());
          if (marker.find()) {
            for (String rule : marker.group(1).split("\\s*,\\s*")) {
              expected.add(new FindingKey(uri, i + 2, rule.trim()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  static TreeSet<FindingKey> read(Path sourceRoot, Path relativeTo) {
    TreeSet<FindingKey> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(sourceRoot)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String uri = relativeTo.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
          Matcher marker = MARKER.matcher(lines.get(i));
          if (marker.find()) {
            for (String rule : marker.group(1).split("\\s*,\\s*")) {
              expected.add(new FindingKey(uri, i + 1, rule.trim()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }
}
