package io.github.ormcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.checker.findings.RuleSetting;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class RulesParameterTest {
  @Test
  void parsesRuleSettings() throws MojoExecutionException {
    assertEquals(Map.of("EagerToOne", RuleSetting.ERROR, "ImplicitPoolSize", RuleSetting.OFF),
        AbstractOrmCheckMojo.parseRules(" EagerToOne=error, ImplicitPoolSize:OFF "));
    assertEquals(Map.of(), AbstractOrmCheckMojo.parseRules(null));
  }

  @Test
  void badEntriesNameTheParameterAndTheAcceptedValues() {
    MojoExecutionException unknown = assertThrows(MojoExecutionException.class,
        () -> AbstractOrmCheckMojo.parseRules("NoSuchRule=WARN"));
    assertTrue(unknown.getMessage().contains("ormcheck.rules") && unknown.getMessage().contains("EagerToOne"), unknown.getMessage());
    MojoExecutionException level = assertThrows(MojoExecutionException.class,
        () -> AbstractOrmCheckMojo.parseRules("EagerToOne=LOUD"));
    assertTrue(level.getMessage().contains("OFF, WARN, ERROR"), level.getMessage());
  }
}
