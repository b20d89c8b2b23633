package io.github.ormcheck.maven;

import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Whether the module's build enhances its entities for lazy loading with Hibernate's Maven plugin:
 * an execution of its {@code enhance} goal that does not switch {@code enableLazyInitialization}
 * off. The goal then tells the analysis so ({@code -Aormcheck.bytecodeEnhancement=true}), unless
 * the compiler plugin's arguments already say either way.
 */
final class HibernateEnhancement {
  /** Hibernate 5 and 6, and from 6.6 on its successor. */
  static final List<String> PLUGINS = List.of(
      "org.hibernate.orm.tooling:hibernate-enhance-maven-plugin", "org.hibernate.orm:hibernate-maven-plugin");
  static final String OPTION = "-Aormcheck.bytecodeEnhancement";

  private HibernateEnhancement() {}

  static boolean declaredBy(MavenProject project) {
    for (String key : PLUGINS) {
      Plugin plugin = project.getPlugin(key);
      if (plugin == null) {
        continue;
      }
      Xpp3Dom pluginConfiguration = plugin.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
      for (PluginExecution execution : plugin.getExecutions()) {
        Xpp3Dom own = execution.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
        if (enhancesLazyLoading(execution.getGoals(), own, pluginConfiguration)) {
          return true;
        }
      }
    }
    return false;
  }

  /** An {@code enhance} execution whose configuration, or else the plugin's, does not disable lazy loading. */
  static boolean enhancesLazyLoading(List<String> goals, Xpp3Dom execution, Xpp3Dom plugin) {
    if (!goals.contains("enhance")) {
      return false;
    }
    for (Xpp3Dom configuration : new Xpp3Dom[] {execution, plugin}) {
      Xpp3Dom lazy = configuration == null ? null : configuration.getChild("enableLazyInitialization");
      if (lazy != null && lazy.getValue() != null) {
        return !lazy.getValue().trim().equalsIgnoreCase("false");
      }
    }
    return true;
  }
}
