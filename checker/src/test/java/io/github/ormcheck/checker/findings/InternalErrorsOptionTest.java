package io.github.ormcheck.checker.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code -Aormcheck.internalErrors=silent|note}: silent by default, validated, note wins. */
class InternalErrorsOptionTest {
  @Test
  void silentByDefault() {
    assertFalse(OrmCheckOptions.defaults().reportInternalErrors());
    OrmCheckOptions silent = OrmCheckOptions.parse(Map.of(OrmCheckOptions.INTERNAL_ERRORS, "silent"));
    assertFalse(silent.reportInternalErrors());
    assertTrue(silent.errors().isEmpty(), silent.errors().toString());
  }

  @Test
  void noteIsAccepted() {
    OrmCheckOptions options = OrmCheckOptions.parse(Map.of("ormcheck.internalErrors", "note"));
    assertTrue(options.reportInternalErrors());
    assertTrue(options.errors().isEmpty(), options.errors().toString());
    assertTrue(OrmCheckOptions.supportedOptions().contains("ormcheck.internalErrors"));
  }

  @Test
  void aBadValueNamesTheOptionAndTheAcceptedValues() {
    OrmCheckOptions options = OrmCheckOptions.parse(Map.of("ormcheck.internalErrors", "loud"));
    assertFalse(options.reportInternalErrors());
    assertEquals(1, options.errors().size(), options.errors().toString());
    String error = options.errors().get(0);
    assertTrue(error.contains("-Aormcheck.internalErrors has value 'loud'"), error);
    assertTrue(error.contains("accepted values: silent, note"), error);
  }

  @Test
  void errorProneSpellingMaps() {
    OrmCheckOptions options =
        OrmCheckOptions.parse(OrmCheckOptions.fromErrorProneFlags(Map.of("OrmCheck:InternalErrors", "note")));
    assertTrue(options.reportInternalErrors());
    assertTrue(options.errors().isEmpty(), options.errors().toString());
  }

  @Test
  void theUnknownOptionMessageListsIt() {
    String error = OrmCheckOptions.parse(Map.of("ormcheck.internalError", "note")).errors().get(0);
    assertTrue(error.contains("-Aormcheck.internalErrors=<silent|note>"), error);
  }

  @Test
  void noteWinsOverSilentEitherWay() {
    OrmCheckOptions note = OrmCheckOptions.parse(Map.of(OrmCheckOptions.INTERNAL_ERRORS, "note"));
    OrmCheckOptions silent = OrmCheckOptions.parse(Map.of(OrmCheckOptions.INTERNAL_ERRORS, "silent"));
    assertTrue(note.orElse(silent).reportInternalErrors());
    assertTrue(silent.orElse(note).reportInternalErrors());
    assertFalse(silent.orElse(OrmCheckOptions.defaults()).reportInternalErrors());
  }
}
