package io.github.ormcheck.maven.exec;

import io.github.ormcheck.checker.findings.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of an analysis.
 *
 * @param findings every finding, sorted, with suppressed and baselined ones marked
 * @param sarifFile the report written
 * @param summary the console summary, one line per element
 * @param failing how many active findings reach the {@code failOn} threshold
 */
public record CheckResult(List<Finding> findings, Path sarifFile, List<String> summary, int failing) {}
