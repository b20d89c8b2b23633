package io.github.ormcheck.checker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.findings.Finding;
import io.github.ormcheck.checker.findings.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Negative cases first, in the order the rules decide. */
class ConfigurationRulesTest {
  @TempDir Path resources;

  private List<Finding> check(boolean usesJpa) throws IOException {
    return ConfigurationRules.check(ConfigurationFiles.read(resources), usesJpa);
  }

  private void write(String name, String text) throws IOException {
    Path file = resources.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String at(Finding f) {
    return f.rule().id() + " " + Path.of(f.range().file()).getFileName() + ":" + f.range().startLine();
  }

  @Test
  void noConfigurationNoFindings() throws IOException {
    assertEquals(List.of(), check(true));
  }

  @Test
  void openSessionInViewSilentWithoutJpaOnTheClassPath() throws IOException {
    write("application.properties", "spring.datasource.url=jdbc:h2:mem:x\nspring.datasource.hikari.maximum-pool-size=5\n");
    assertEquals(List.of(), check(false));
  }

  @Test
  void openSessionInViewSilentWhenAnyFileOrProfileTurnsItOff() throws IOException {
    write("application.yml", "spring:\n  jpa:\n    show-sql: true\n---\nspring:\n  jpa:\n    openInView: false\n");
    assertEquals(List.of(), check(true));
  }

  @Test
  void openSessionInViewUnsetIsReportedAtTheFirstSpringJpaKeyOfTheBaseFile() throws IOException {
    write("application-dev.properties", "spring.jpa.show-sql=true\n");
    write("application.properties", "server.port=8080\nspring.jpa.hibernate.ddl-auto=none\n");
    List<Finding> findings = check(true);
    assertEquals(List.of("OpenSessionInView application.properties:2"), findings.stream().map(ConfigurationRulesTest::at).toList());
    assertTrue(findings.get(0).message().contains("not set"));
  }

  @Test
  void openSessionInViewTrueIsReportedWhereItIsSet() throws IOException {
    write("application.yml", "spring:\n  jpa:\n    open-in-view: true\n");
    assertEquals(List.of("OpenSessionInView application.yml:3"), check(true).stream().map(ConfigurationRulesTest::at).toList());
  }

  @Test
  void poolSizeSilentWhenSetInAnyFileOrForAContainerDataSource() throws IOException {
    write("application.properties", "spring.datasource.url=jdbc:h2:mem:x\nspring.jpa.open-in-view=false\n");
    write("application-prod.yml", "spring:\n  datasource:\n    hikari:\n      maximum-pool-size: 30\n");
    assertEquals(List.of(), check(true));
    Files.delete(resources.resolve("application-prod.yml"));
    write("application.properties", "spring.datasource.jndi-name=java:comp/env/jdbc/shop\nspring.jpa.open-in-view=false\n");
    assertEquals(List.of(), check(true));
  }

  @Test
  void poolSizeInPersistenceXmlCounts() throws IOException {
    write("META-INF/persistence.xml", """
        <persistence><persistence-unit name="u"><properties>
        <property name="jakarta.persistence.jdbc.url" value="jdbc:h2:mem:x"/>
        <property name="hibernate.hikari.maximumPoolSize" value="8"/>
        </properties></persistence-unit></persistence>
        """);
    assertEquals(List.of(), check(true));
  }

  @Test
  void implicitPoolSizeReportedAtTheDataSourceUrl() throws IOException {
    write("application.yml", "spring:\n  jpa:\n    open-in-view: false\n  datasource:\n    url: jdbc:postgresql://db/shop\n");
    assertEquals(List.of("ImplicitPoolSize application.yml:5"), check(true).stream().map(ConfigurationRulesTest::at).toList());
  }

  @Test
  void implicitPoolSizeInPersistenceXml() throws IOException {
    write("META-INF/persistence.xml", """
        <persistence>
          <persistence-unit name="u"><properties>
            <property name="jakarta.persistence.jdbc.url" value="jdbc:h2:mem:x"/>
          </properties></persistence-unit>
        </persistence>
        """);
    assertEquals(List.of("ImplicitPoolSize persistence.xml:3"), check(true).stream().map(ConfigurationRulesTest::at).toList());
  }

  @Test
  void defaultBatchFetchSizeFromEitherSpelling() throws IOException {
    write("application.yml", "spring:\n  jpa:\n    properties:\n      hibernate:\n        default_batch_fetch_size: 32\n");
    assertEquals(OptionalInt.of(32), ConfigurationRules.defaultBatchFetchSize(ConfigurationFiles.read(resources)));
    write("application.yml", "x: 1\n");
    write("META-INF/persistence.xml", "<persistence><persistence-unit name=\"u\"><properties><property name=\"hibernate.default_batch_fetch_size\" value=\"8\"/></properties></persistence-unit></persistence>");
    assertEquals(OptionalInt.of(8), ConfigurationRules.defaultBatchFetchSize(ConfigurationFiles.read(resources)));
    write("application.properties", "hibernate.default_batch_fetch_size=${SIZE}\n");
    assertEquals(OptionalInt.of(8), ConfigurationRules.defaultBatchFetchSize(ConfigurationFiles.read(resources)));
  }
}
