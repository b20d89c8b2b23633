package io.github.ormcheck.maven;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.maven.exec.FailOn;
import io.github.ormcheck.maven.exec.OrmCheckException;
import io.github.ormcheck.maven.exec.OrmCheckExecutor;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the module's current findings to the baseline file ({@code ormcheck.baseline}, by
 * default {@code ormcheck-baseline.json} in the module), so that {@code check} fails only on new
 * ones. Commit the file; run the goal again to accept more.
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class BaselineMojo extends AbstractOrmCheckMojo {
  @Override
  public void execute() throws MojoExecutionException {
    if (skipped()) {
      return;
    }
    try {
      List<Finding> findings = new OrmCheckExecutor().baseline(request(FailOn.NEVER), baseline.toPath());
      getLog().info("ormcheck: wrote " + findings.size() + " finding(s) to the baseline " + baseline);
    } catch (OrmCheckException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    }
  }
}
