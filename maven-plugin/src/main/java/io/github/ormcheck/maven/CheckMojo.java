package io.github.ormcheck.maven;

import io.github.ormcheck.maven.exec.CheckResult;
import io.github.ormcheck.maven.exec.FailOn;
import io.github.ormcheck.maven.exec.OrmCheckException;
import io.github.ormcheck.maven.exec.OrmCheckExecutor;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyses the module: its main sources compiled with Error Prone and ormcheck in a forked
 * javac (no Error Prone setup needed in the build), and its configuration files. Prints a
 * summary, writes a SARIF report, and fails when findings reach {@code failOn}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractOrmCheckMojo {
  /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code never}. */
  @Parameter(property = "ormcheck.failOn", defaultValue = "error")
  String failOn;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    FailOn threshold = FailOn.parse(failOn).orElseThrow(() -> new MojoExecutionException(
        "Invalid value '" + failOn + "' for ormcheck.failOn: accepted values are " + FailOn.accepted()));
    if (skipped()) {
      return;
    }
    CheckResult result;
    try {
      result = new OrmCheckExecutor().check(request(threshold));
    } catch (OrmCheckException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
    for (String line : result.summary()) {
      if (result.summary().size() == 1) {
        getLog().info(line);
      } else {
        getLog().warn(line);
      }
    }
    getLog().info("ormcheck: SARIF report " + result.sarifFile());
    if (result.failing() > 0) {
      throw new MojoFailureException("ormcheck: " + result.failing() + " finding(s) at or above ormcheck.failOn="
          + threshold.name().toLowerCase(Locale.ROOT) + ". See the report: " + result.sarifFile());
    }
  }
}
