package io.github.ormcheck.checker.javac;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.OrmCheckOptions;
import io.github.ormcheck.checker.report.SarifWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The findings of one compilation, from the annotation processor and the Error Prone checks
 * alike, written to the configured reports once the compilation ends.
 */
public final class FindingCollector {
  private OrmCheckOptions options;
  private final List<Finding> findings = new ArrayList<>();
  private boolean written;
  private boolean fallbackApplied;

  FindingCollector(OrmCheckOptions options) {
    this.options = options;
  }

  public OrmCheckOptions options() {
    return options;
  }

  /**
   * Adds options given another way (Error Prone flags) where the processor options set none;
   * once per compilation. Returns whether this call applied them.
   */
  public boolean applyFallback(OrmCheckOptions fallback) {
    if (fallbackApplied) {
      return false;
    }
    fallbackApplied = true;
    options = options.orElse(fallback);
    return true;
  }

  public void add(Finding finding) {
    findings.add(finding);
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  /**
   * Writes the SARIF report if one is configured; at most once per compilation. Returns an error
   * message instead of throwing when the file cannot be written.
   */
  public java.util.Optional<String> writeReports() {
    if (written || options.sarifFile().isEmpty()) {
      return java.util.Optional.empty();
    }
    written = true;
    Path file = options.sarifFile().get().toAbsolutePath();
    Path root = options.sourceRoot().orElse(Path.of("").toAbsolutePath());
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, new SarifWriter(root, toolVersion()).write(findings), StandardCharsets.UTF_8);
      return java.util.Optional.empty();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.of("ormcheck: cannot write SARIF report " + file + ": " + e);
    }
  }

  /** The version of ormcheck itself, from the build. */
  public static String toolVersion() {
    try (InputStream in =
        FindingCollector.class.getResourceAsStream("/io/github/ormcheck/checker/ormcheck.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
