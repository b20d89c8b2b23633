package io.github.ormcheck.checker.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A misspelled option is answered with every option ormcheck accepts, so none can be forgotten there. */
class UnknownOptionMessageTest {
  @Test
  void namesEveryAcceptedOption() {
    String error = OrmCheckOptions.parse(Map.of("ormcheck.sarifFiles", "x.sarif")).errors().get(0);
    assertTrue(error.startsWith("unknown option -Aormcheck.sarifFiles;"), error);
    for (String option : OrmCheckOptions.supportedOptions()) {
      boolean rule = Rule.byId(option.substring(OrmCheckOptions.PREFIX.length())).isPresent();
      if (rule) {
        assertTrue(error.contains(option.substring(OrmCheckOptions.PREFIX.length())), option + " in " + error);
      } else {
        assertTrue(error.contains("-A" + option + "="), option + " in " + error);
      }
    }
  }

  @Test
  void theMisspelledOptionIsIgnored() {
    OrmCheckOptions options = OrmCheckOptions.parse(Map.of("ormcheck.sarifFiles", "x.sarif"));
    assertEquals(1, options.errors().size());
    assertTrue(options.sarifFile().isEmpty());
  }
}
