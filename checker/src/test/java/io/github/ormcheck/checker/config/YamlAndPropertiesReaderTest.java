package io.github.ormcheck.checker.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlAndPropertiesReaderTest {
  private static final Path YML = Path.of("/p/application.yml");
  private static final Path PROPS = Path.of("/p/application.properties");

  private static List<String> keysValuesLines(List<ConfigEntry> entries) {
    return entries.stream().map(e -> e.key() + "=" + e.value() + "@" + e.line()).toList();
  }

  @Test
  void yamlNestedDottedQuotedAndComments() {
    String yaml = """
        # comment
        spring:
          datasource:
            url: "jdbc:h2:mem:shop" # trailing comment
            username: 'sa'
          jpa.open-in-view: false
          jpa:
            properties:
              hibernate.default_batch_fetch_size: 16
        server.port: 8080
        """;
    assertEquals(
        List.of("spring.datasource.url=jdbc:h2:mem:shop@4", "spring.datasource.username=sa@5",
            "spring.jpa.open-in-view=false@6", "spring.jpa.properties.hibernate.default_batch_fetch_size=16@9",
            "server.port=8080@10"),
        keysValuesLines(YamlReader.read(YML, yaml)));
  }

  @Test
  void yamlProfileDocumentsAreAllRead() {
    String yaml = """
        spring:
          jpa:
            open-in-view: true
        ---
        spring:
          config.activate.on-profile: prod
          jpa:
            open-in-view: false
        """;
    assertEquals(
        List.of("spring.jpa.open-in-view=true@3", "spring.config.activate.on-profile=prod@6",
            "spring.jpa.open-in-view=false@8"),
        keysValuesLines(YamlReader.read(YML, yaml)));
  }

  @Test
  void yamlSequencesAndBlockScalarsAreSkipped() {
    String yaml = """
        app:
          hosts:
            - name: a
              url: x
          banner: |
            spring.datasource.url: not a key
          after: yes
        """;
    assertEquals(List.of("app.banner=@5", "app.after=yes@7"), keysValuesLines(YamlReader.read(YML, yaml)));
  }

  @Test
  void propertiesSeparatorsCommentsAndContinuations() {
    String text = """
        # comment
        ! also a comment
        spring.datasource.url = jdbc:h2:mem:shop
        spring.jpa.open-in-view:false
        a.key value with spaces
        long.value=one, \\
          two
        escaped\\=key=v
        """;
    assertEquals(
        List.of("spring.datasource.url=jdbc:h2:mem:shop@3", "spring.jpa.open-in-view=false@4",
            "a.key=value with spaces@5", "long.value=one, two@6", "escaped=key=v@8"),
        keysValuesLines(PropertiesReader.read(PROPS, text)));
  }

  @Test
  void persistenceXmlPropertiesAndUnits() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">
          <persistence-unit name="shop">
            <properties>
              <property name="jakarta.persistence.jdbc.url" value="jdbc:h2:mem:shop"/>
              <property name="hibernate.c3p0.max_size" value="12"/>
            </properties>
          </persistence-unit>
        </persistence>
        """;
    assertEquals(
        List.of("<persistence-unit>=shop@3", "jakarta.persistence.jdbc.url=jdbc:h2:mem:shop@5",
            "hibernate.c3p0.max_size=12@6"),
        keysValuesLines(PersistenceXmlReader.read(Path.of("/p/META-INF/persistence.xml"), xml)));
  }

  @Test
  void brokenInputGivesWhatItCanAndNeverThrows() {
    assertEquals(List.of(), PersistenceXmlReader.read(Path.of("/p/persistence.xml"), "<persistence><oops"));
    YamlReader.read(YML, ":\n  - \n\t\"unterminated: \n---\n...\n  x:");
    PropertiesReader.read(PROPS, "\\\n=\n:\n\\");
  }
}
