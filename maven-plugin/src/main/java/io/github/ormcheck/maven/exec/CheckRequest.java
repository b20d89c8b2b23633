package io.github.ormcheck.maven.exec;

import io.github.ormcheck.checker.findings.RuleSetting;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to analyse and how, filled by the mojos (or a test) and run by {@link OrmCheckExecutor}
 * without Maven.
 *
 * @param baseDir the module's directory: the compilation runs there, excludes are relative to it
 * @param reportRoot the directory SARIF URIs ({@code %SRCROOT%}), baseline entries and the
 *     summary are relative to: the module, or the repository root for code scanning
 * @param workDir a scratch directory for the compilation (under {@code target/})
 * @param sourceRoots the main source roots
 * @param resourceDirs the directories holding the configuration files
 * @param classPath the module's compile class path
 * @param toolPath ormcheck, Error Prone and their dependencies: the forked javac's class and
 *     processor path
 * @param javaExecutable the {@code java} launcher for the forked compilation
 * @param sarifFile where to write the report
 * @param baselineFile the baseline to read (check) or write (baseline), if any
 * @param failOn the threshold
 * @param ruleSettings per-rule severity overrides
 * @param excludes glob patterns ({@code **}/legacy/**) over paths relative to {@code baseDir}:
 *     findings in matching files are dropped (the files are still compiled)
 * @param processing the module's annotation processing, as its compiler plugin configures it
 */
public record CheckRequest(
    Path baseDir,
    Path reportRoot,
    Path workDir,
    List<Path> sourceRoots,
    List<Path> resourceDirs,
    List<Path> classPath,
    List<Path> toolPath,
    Path javaExecutable,
    Path sarifFile,
    Optional<Path> baselineFile,
    FailOn failOn,
    Map<String, RuleSetting> ruleSettings,
    List<String> excludes,
    Processing processing) {
  /** This request with another class path. */
  public CheckRequest withClassPath(List<Path> newClassPath) {
    return new CheckRequest(baseDir, reportRoot, workDir, sourceRoots, resourceDirs, newClassPath, toolPath,
        javaExecutable, sarifFile, baselineFile, failOn, ruleSettings, excludes, processing);
  }

  /** This request with another annotation processing. */
  public CheckRequest withProcessing(Processing newProcessing) {
    return new CheckRequest(baseDir, reportRoot, workDir, sourceRoots, resourceDirs, classPath, toolPath,
        javaExecutable, sarifFile, baselineFile, failOn, ruleSettings, excludes, newProcessing);
  }
}
