package io.github.ormcheck.maven;

import io.github.ormcheck.checker.findings.Rule;
import io.github.ormcheck.checker.findings.RuleSetting;
import io.github.ormcheck.maven.exec.CheckRequest;
import io.github.ormcheck.maven.exec.FailOn;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/** The parameters both goals share, validated into a {@link CheckRequest}. */
abstract class AbstractOrmCheckMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  File buildDirectory;

  @Parameter(defaultValue = "${project.packaging}", readonly = true)
  String packaging;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  List<String> classpathElements;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** Resolves the compiler plugin's annotationProcessorPaths. */
  @Component
  RepositorySystem repositorySystem;

  /** This plugin's dependencies: Error Prone and ormcheck, the forked javac's processor path. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  List<Artifact> pluginArtifacts;

  /** Where the configuration rules read {@code application*.properties|yml} and {@code META-INF/persistence.xml}. */
  @Parameter(property = "ormcheck.resourcesDirectory", defaultValue = "${project.basedir}/src/main/resources")
  File resourcesDirectory;

  /**
   * The directory SARIF URIs, baseline entries and the summary are relative to. Set it to the
   * repository root (for example {@code -Dormcheck.sourceRoot=$GITHUB_WORKSPACE}) when a
   * multi-module build uploads its reports to GitHub code scanning.
   */
  @Parameter(property = "ormcheck.sourceRoot", defaultValue = "${project.basedir}")
  File sourceRoot;

  /** Skips ormcheck. */
  @Parameter(property = "ormcheck.skip", defaultValue = "false")
  boolean skip;

  /** The SARIF 2.1.0 report. */
  @Parameter(property = "ormcheck.sarifFile", defaultValue = "${project.build.directory}/ormcheck.sarif")
  File sarifFile;

  /** The baseline file: findings listed in it are reported as suppressed and do not fail the build. */
  @Parameter(property = "ormcheck.baseline", defaultValue = "${project.basedir}/ormcheck-baseline.json")
  File baseline;

  /**
   * Per-rule severity, {@code RuleId=OFF|WARN|ERROR} separated by commas, e.g.
   * {@code -Dormcheck.rules=EagerToOne=ERROR,ImplicitPoolSize=OFF}.
   */
  @Parameter(property = "ormcheck.rules")
  String rules;

  /** Glob patterns over paths relative to the module ({@code src/main/java/legacy/**}): findings there are dropped. */
  @Parameter(property = "ormcheck.excludes")
  List<String> excludes;

  boolean skipped() {
    if (skip) {
      getLog().info("ormcheck: skipped (ormcheck.skip)");
      return true;
    }
    if ("pom".equals(packaging)) {
      getLog().debug("ormcheck: nothing to analyse in a pom module");
      return true;
    }
    return false;
  }

  CheckRequest request(FailOn failOn) throws MojoExecutionException {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    List<Path> toolPath = new ArrayList<>();
    for (Artifact artifact : pluginArtifacts) {
      if (artifact.getFile() != null && artifact.getFile().getName().endsWith(".jar")) {
        toolPath.add(artifact.getFile().toPath());
      }
    }
    CompilerPluginSettings compiler = CompilerPluginSettings.of(project);
    return new CheckRequest(
        base,
        sourceRoot.toPath().toAbsolutePath().normalize(),
        buildDirectory.toPath().resolve("ormcheck"),
        sourceRoots(compiler),
        List.of(resourcesDirectory.toPath()),
        classpathElements.stream().map(Path::of).toList(),
        toolPath,
        Path.of(System.getProperty("java.home"), "bin", "java"),
        sarifFile.toPath().toAbsolutePath(),
        Optional.ofNullable(baseline).map(f -> f.toPath().toAbsolutePath()),
        failOn,
        parseRules(rules),
        excludes == null ? List.of() : excludes.stream().map(String::strip).filter(s -> !s.isEmpty()).toList(),
        new ProcessorPaths(repositorySystem, session, project).processing(compiler));
  }

  /**
   * The module's main source roots, without the directory its processors wrote to in the build:
   * the compiler plugin adds it to the source roots, and compiling its files while the same
   * processors run again would make them recreate existing types, which javac refuses.
   */
  List<Path> sourceRoots(CompilerPluginSettings compiler) {
    Path generated = basedir.toPath().resolve(compiler.generatedSourcesDirectory()
            .orElse(buildDirectory.toPath().resolve("generated-sources/annotations").toString()))
        .toAbsolutePath().normalize();
    return compileSourceRoots.stream()
        .map(root -> basedir.toPath().resolve(root).toAbsolutePath().normalize())
        .filter(root -> compiler.disabled() || !root.equals(generated))
        .toList();
  }

  /** Parses {@code ormcheck.rules}; a bad entry names the parameter and the accepted values. */
  static Map<String, RuleSetting> parseRules(String rules) throws MojoExecutionException {
    Map<String, RuleSetting> settings = new TreeMap<>();
    if (rules == null || rules.isBlank()) {
      return settings;
    }
    String ids = Arrays.stream(Rule.values()).map(Rule::id).sorted().collect(Collectors.joining(", "));
    for (String entry : rules.split(",")) {
      String[] parts = entry.strip().split("[=:]", 2);
      if (parts.length != 2 || Rule.byId(parts[0].strip()).isEmpty()) {
        throw new MojoExecutionException("Invalid ormcheck.rules entry '" + entry.strip()
            + "': expected RuleId=OFF|WARN|ERROR with RuleId one of " + ids);
      }
      try {
        settings.put(parts[0].strip(), RuleSetting.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new MojoExecutionException("Invalid ormcheck.rules value '" + parts[1].strip() + "' for "
            + parts[0].strip() + ": accepted values are OFF, WARN, ERROR");
      }
    }
    return settings;
  }
}
