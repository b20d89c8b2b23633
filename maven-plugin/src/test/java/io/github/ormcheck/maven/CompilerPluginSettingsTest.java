package io.github.ormcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;

/** How the goal reads the module's annotation processing from its compiler plugin. */
class CompilerPluginSettingsTest {
  @Test
  void readsPathsProcessorsProcAndProcessorOptions() throws Exception {
    CompilerPluginSettings settings = CompilerPluginSettings.parse(xml("""
        <configuration>
          <annotationProcessorPaths>
            <path>
              <groupId>org.projectlombok</groupId>
              <artifactId>lombok</artifactId>
              <version>1.18.36</version>
            </path>
            <path>
              <groupId>org.mapstruct</groupId>
              <artifactId>mapstruct-processor</artifactId>
              <exclusions>
                <exclusion><groupId>org.example</groupId><artifactId>unwanted</artifactId></exclusion>
              </exclusions>
            </path>
          </annotationProcessorPaths>
          <annotationProcessors>
            <annotationProcessor>lombok.launch.AnnotationProcessorHider$AnnotationProcessor</annotationProcessor>
          </annotationProcessors>
          <compilerArgs>
            <arg>-Amapstruct.defaultComponentModel=spring</arg>
            <arg>-Xlint:all</arg>
            <arg>-parameters</arg>
          </compilerArgs>
          <compilerArgument>-Werror -Aflag</compilerArgument>
        </configuration>
        """), new Properties());

    assertEquals(List.of(
            new CompilerPluginSettings.ProcessorPathEntry("org.projectlombok", "lombok", "1.18.36", "", "jar", List.of()),
            new CompilerPluginSettings.ProcessorPathEntry(
                "org.mapstruct", "mapstruct-processor", null, "", "jar", List.of("org.example:unwanted"))),
        settings.processorPaths());
    assertEquals(List.of("lombok.launch.AnnotationProcessorHider$AnnotationProcessor"), settings.processors());
    // Only processor options: -Werror or -Xlint would change what javac reports in the analysis.
    assertEquals(List.of("-Amapstruct.defaultComponentModel=spring", "-Aflag"), settings.options());
    assertFalse(settings.disabled());
  }

  @Test
  void procNoneFromTheConfigurationOrTheProperty() throws Exception {
    assertTrue(CompilerPluginSettings.parse(xml("<configuration><proc>none</proc></configuration>"), new Properties())
        .disabled());
    Properties properties = new Properties();
    properties.setProperty("maven.compiler.proc", "none");
    assertTrue(CompilerPluginSettings.parse(null, properties).disabled());
    assertFalse(CompilerPluginSettings.parse(xml("<configuration><proc>full</proc></configuration>"), properties)
        .disabled());
  }

  /** The default-compile execution's configuration counts, over the plugin's. */
  @Test
  void theDefaultCompileExecutionOverridesThePlugin() throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId("org.apache.maven.plugins");
    plugin.setArtifactId("maven-compiler-plugin");
    plugin.setConfiguration(xml("""
        <configuration>
          <proc>none</proc>
          <annotationProcessors><annotationProcessor>a.Plugin</annotationProcessor></annotationProcessors>
        </configuration>
        """));
    PluginExecution compile = new PluginExecution();
    compile.setId("default-compile");
    compile.setConfiguration(xml("<configuration><proc>full</proc></configuration>"));
    PluginExecution testCompile = new PluginExecution();
    testCompile.setId("default-testCompile");
    testCompile.setConfiguration(xml("<configuration><compilerArgs><arg>-Atest=1</arg></compilerArgs></configuration>"));
    plugin.addExecution(compile);
    plugin.addExecution(testCompile);
    Model model = new Model();
    model.setBuild(new Build());
    model.getBuild().addPlugin(plugin);

    CompilerPluginSettings settings = CompilerPluginSettings.of(new MavenProject(model));

    assertFalse(settings.disabled());
    assertEquals(List.of("a.Plugin"), settings.processors());
    assertEquals(List.of(), settings.options());
  }

  @Test
  void aModuleWithoutCompilerPluginSettingsUsesItsClassPath() {
    Model model = new Model();
    model.setBuild(new Build());
    assertEquals(CompilerPluginSettings.NONE, CompilerPluginSettings.of(new MavenProject(model)));
  }

  @Test
  void hibernatesEnhancementPluginTellsTheAnalysisThatEntitiesLoadLazily() throws Exception {
    String enhanced = "-Aormcheck.bytecodeEnhancement=true";
    // Hibernate 5/6's plugin, lazy loading on; Hibernate 7's plugin, the default.
    assertEquals(List.of(enhanced), CompilerPluginSettings.of(project(
        enhancer("org.hibernate.orm.tooling", "hibernate-enhance-maven-plugin", "enhance",
            "<configuration><enableLazyInitialization>true</enableLazyInitialization></configuration>"))).options());
    assertEquals(List.of(enhanced), CompilerPluginSettings.of(project(
        enhancer("org.hibernate.orm", "hibernate-maven-plugin", "enhance", "<configuration/>"))).options());
    // Lazy loading off, another goal, or the user's own setting: nothing added.
    assertEquals(List.of(), CompilerPluginSettings.of(project(
        enhancer("org.hibernate.orm.tooling", "hibernate-enhance-maven-plugin", "enhance",
            "<configuration><enableLazyInitialization>false</enableLazyInitialization></configuration>"))).options());
    assertEquals(List.of(), CompilerPluginSettings.of(project(
        enhancer("org.hibernate.orm", "hibernate-maven-plugin", "help", "<configuration/>"))).options());
    Plugin compiler = new Plugin();
    compiler.setGroupId("org.apache.maven.plugins");
    compiler.setArtifactId("maven-compiler-plugin");
    compiler.setConfiguration(xml(
        "<configuration><compilerArgs><arg>-Aormcheck.bytecodeEnhancement=false</arg></compilerArgs></configuration>"));
    assertEquals(List.of("-Aormcheck.bytecodeEnhancement=false"), CompilerPluginSettings.of(project(
        enhancer("org.hibernate.orm", "hibernate-maven-plugin", "enhance", "<configuration/>"), compiler)).options());
  }

  private static Plugin enhancer(String groupId, String artifactId, String goal, String configuration) throws Exception {
    Plugin plugin = new Plugin();
    plugin.setGroupId(groupId);
    plugin.setArtifactId(artifactId);
    PluginExecution execution = new PluginExecution();
    execution.setId("enhance");
    execution.addGoal(goal);
    execution.setConfiguration(xml(configuration));
    plugin.addExecution(execution);
    return plugin;
  }

  private static MavenProject project(Plugin... plugins) {
    Model model = new Model();
    model.setBuild(new Build());
    for (Plugin plugin : plugins) {
      model.getBuild().addPlugin(plugin);
    }
    return new MavenProject(model);
  }

  private static Xpp3Dom xml(String text) throws Exception {
    return Xpp3DomBuilder.build(new StringReader(text));
  }
}
