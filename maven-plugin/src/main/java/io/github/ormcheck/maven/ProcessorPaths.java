package io.github.ormcheck.maven;

import io.github.ormcheck.maven.exec.Processing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.graph.Exclusion;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

/**
 * The module's annotation processing for the analysis: its compiler plugin's settings, with the
 * {@code annotationProcessorPaths} resolved as the compiler plugin resolves them (with their
 * dependencies, from the project's repositories and the reactor, a missing version taken from the
 * project's {@code dependencyManagement}).
 */
final class ProcessorPaths {
  private final RepositorySystem repositories;
  private final MavenSession session;
  private final MavenProject project;

  ProcessorPaths(RepositorySystem repositories, MavenSession session, MavenProject project) {
    this.repositories = repositories;
    this.session = session;
    this.project = project;
  }

  Processing processing(CompilerPluginSettings settings) throws MojoExecutionException {
    Optional<List<Path>> path = settings.processorPaths().isEmpty()
        ? Optional.empty()
        : Optional.of(resolve(settings.processorPaths()));
    return new Processing(path, settings.processors(), settings.disabled(), settings.options());
  }

  private List<Path> resolve(List<CompilerPluginSettings.ProcessorPathEntry> entries) throws MojoExecutionException {
    CollectRequest collect = new CollectRequest();
    collect.setRepositories(project.getRemoteProjectRepositories());
    for (CompilerPluginSettings.ProcessorPathEntry entry : entries) {
      if (entry.groupId().isEmpty() || entry.artifactId().isEmpty()) {
        throw new MojoExecutionException("ormcheck: an annotationProcessorPaths entry of " + CompilerPluginSettings.COMPILER_PLUGIN
            + " has no groupId or artifactId (" + entry.coordinates() + ")");
      }
      String version = entry.version() != null ? entry.version() : managedVersion(entry).orElseThrow(
          () -> new MojoExecutionException("ormcheck: the annotationProcessorPaths entry " + entry.coordinates()
              + " of " + CompilerPluginSettings.COMPILER_PLUGIN + " has no version, and the project's"
              + " dependencyManagement gives none"));
      boolean testJar = entry.type().equals("test-jar");
      String extension = testJar || entry.type().equals("jar") ? "jar" : entry.type();
      String classifier = testJar && entry.classifier().isEmpty() ? "tests" : entry.classifier();
      List<Exclusion> exclusions = new ArrayList<>();
      for (String exclusion : entry.exclusions()) {
        String[] parts = exclusion.split(":", 2);
        exclusions.add(new Exclusion(parts[0], parts[1], "*", "*"));
      }
      collect.addDependency(new Dependency(
          new DefaultArtifact(entry.groupId(), entry.artifactId(), classifier, extension, version),
          "runtime", false, exclusions));
    }
    try {
      Set<Path> files = new LinkedHashSet<>();
      for (ArtifactResult result : repositories
          .resolveDependencies(session.getRepositorySession(), new DependencyRequest(collect, null))
          .getArtifactResults()) {
        if (result.getArtifact() != null && result.getArtifact().getFile() != null) {
          files.add(result.getArtifact().getFile().toPath());
        }
      }
      return List.copyOf(files);
    } catch (DependencyResolutionException e) {
      throw new MojoExecutionException("ormcheck: cannot resolve the annotationProcessorPaths of "
          + CompilerPluginSettings.COMPILER_PLUGIN + " ("
          + entries.stream().map(CompilerPluginSettings.ProcessorPathEntry::coordinates).collect(Collectors.joining(", "))
          + "): " + e.getMessage(), e);
    }
  }

  /** The version the project's {@code dependencyManagement} gives the entry's artifact. */
  private Optional<String> managedVersion(CompilerPluginSettings.ProcessorPathEntry entry) {
    if (project.getDependencyManagement() == null) {
      return Optional.empty();
    }
    return project.getDependencyManagement().getDependencies().stream()
        .filter(d -> d.getGroupId().equals(entry.groupId()) && d.getArtifactId().equals(entry.artifactId())
            && d.getType().equals(entry.type())
            && (d.getClassifier() == null ? "" : d.getClassifier()).equals(entry.classifier()))
        .map(org.apache.maven.model.Dependency::getVersion)
        .findFirst();
  }
}
