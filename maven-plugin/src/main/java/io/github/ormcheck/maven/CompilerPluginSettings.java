package io.github.ormcheck.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the module's {@code maven-compiler-plugin} says about annotation processing, read from the
 * effective (interpolated) POM: its {@code default-compile} execution's configuration over the
 * plugin's. The goal compiles the module again and must run the same processors with the same
 * options, or code that uses Lombok's getters or MapStruct's mappers does not compile there.
 *
 * @param processorPaths the {@code annotationProcessorPaths} entries; empty when there are none
 * @param processors the {@code annotationProcessors}: empty for javac's discovery
 * @param disabled {@code proc} (or {@code maven.compiler.proc}) is {@code none}
 * @param options the {@code -A} arguments of {@code compilerArgs} and {@code compilerArgument}
 * @param generatedSourcesDirectory where the build's processors write sources, if configured
 */
record CompilerPluginSettings(
    List<ProcessorPathEntry> processorPaths,
    List<String> processors,
    boolean disabled,
    List<String> options,
    Optional<String> generatedSourcesDirectory) {
  static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
  static final CompilerPluginSettings NONE =
      new CompilerPluginSettings(List.of(), List.of(), false, List.of(), Optional.empty());

  /**
   * One {@code annotationProcessorPaths/path}: coordinates, the version possibly left to the
   * project's {@code dependencyManagement} (null here), and {@code groupId:artifactId} exclusions.
   */
  record ProcessorPathEntry(
      String groupId, String artifactId, String version, String classifier, String type, List<String> exclusions) {
    String coordinates() {
      return groupId + ":" + artifactId + (version == null ? "" : ":" + version);
    }
  }

  /**
   * The settings of {@code project}'s compiler plugin ({@link #NONE} without one), with {@code
   * -Aormcheck.bytecodeEnhancement=true} added when Hibernate's plugin enhances the entities for
   * lazy loading and the arguments do not set that option themselves.
   */
  static CompilerPluginSettings of(MavenProject project) {
    CompilerPluginSettings settings = ofCompilerPlugin(project);
    if (!HibernateEnhancement.declaredBy(project)
        || settings.options().stream().anyMatch(option -> option.startsWith(HibernateEnhancement.OPTION))) {
      return settings;
    }
    List<String> options = new ArrayList<>(settings.options());
    options.add(HibernateEnhancement.OPTION + "=true");
    return new CompilerPluginSettings(settings.processorPaths(), settings.processors(), settings.disabled(),
        List.copyOf(options), settings.generatedSourcesDirectory());
  }

  private static CompilerPluginSettings ofCompilerPlugin(MavenProject project) {
    Plugin plugin = project.getPlugin(COMPILER_PLUGIN);
    if (plugin == null) {
      return NONE;
    }
    Xpp3Dom configuration = copy(plugin.getConfiguration());
    for (PluginExecution execution : plugin.getExecutions()) {
      if (execution.getId().equals("default-compile") && execution.getConfiguration() instanceof Xpp3Dom own) {
        configuration = configuration == null ? own : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(own), configuration);
      }
    }
    return parse(configuration, project.getProperties());
  }

  /** The settings in a compiler plugin configuration; {@code properties} give {@code maven.compiler.proc}. */
  static CompilerPluginSettings parse(Xpp3Dom configuration, Properties properties) {
    if (configuration == null) {
      configuration = new Xpp3Dom("configuration");
    }
    List<ProcessorPathEntry> paths = new ArrayList<>();
    Xpp3Dom pathsElement = configuration.getChild("annotationProcessorPaths");
    if (pathsElement != null) {
      for (Xpp3Dom path : pathsElement.getChildren()) {
        List<String> exclusions = new ArrayList<>();
        Xpp3Dom exclusionsElement = path.getChild("exclusions");
        if (exclusionsElement != null) {
          for (Xpp3Dom exclusion : exclusionsElement.getChildren()) {
            exclusions.add(text(exclusion, "groupId").orElse("*") + ":" + text(exclusion, "artifactId").orElse("*"));
          }
        }
        paths.add(new ProcessorPathEntry(
            text(path, "groupId").orElse(""), text(path, "artifactId").orElse(""),
            text(path, "version").orElse(null), text(path, "classifier").orElse(""),
            text(path, "type").orElse("jar"), List.copyOf(exclusions)));
      }
    }
    List<String> processors = new ArrayList<>();
    Xpp3Dom processorsElement = configuration.getChild("annotationProcessors");
    if (processorsElement != null) {
      for (Xpp3Dom processor : processorsElement.getChildren()) {
        value(processor).ifPresent(processors::add);
      }
    }
    String proc = text(configuration, "proc").orElse(properties.getProperty("maven.compiler.proc", ""));
    List<String> options = new ArrayList<>();
    Xpp3Dom args = configuration.getChild("compilerArgs");
    if (args != null) {
      for (Xpp3Dom arg : args.getChildren()) {
        value(arg).filter(CompilerPluginSettings::isProcessorOption).ifPresent(options::add);
      }
    }
    text(configuration, "compilerArgument").ifPresent(argument -> {
      for (String token : argument.trim().split("\\s+")) {
        if (isProcessorOption(token)) {
          options.add(token);
        }
      }
    });
    return new CompilerPluginSettings(List.copyOf(paths), List.copyOf(processors), proc.trim().equals("none"),
        List.copyOf(options), text(configuration, "generatedSourcesDirectory"));
  }

  /** {@code -Akey} or {@code -Akey=value}: the only compiler arguments the analysis takes over. */
  private static boolean isProcessorOption(String arg) {
    return arg.startsWith("-A") && arg.length() > 2;
  }

  private static Optional<String> text(Xpp3Dom parent, String child) {
    Xpp3Dom element = parent.getChild(child);
    return element == null ? Optional.empty() : value(element);
  }

  private static Optional<String> value(Xpp3Dom element) {
    String value = element.getValue();
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static Xpp3Dom copy(Object configuration) {
    return configuration instanceof Xpp3Dom dom ? new Xpp3Dom(dom) : null;
  }
}
