package io.github.ormcheck.checker.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code -XepOpt:OrmCheck:RemoteApis}: validated entries, errors that name the flag. */
class RemoteApisOptionTest {
  @Test
  void acceptsTypesAndTypeMethodEntries() {
    OrmCheckOptions options =
        OrmCheckOptions.parse(
            OrmCheckOptions.fromErrorProneFlags(
                Map.of("OrmCheck:RemoteApis", "com.acme.Gateway, com.acme.Client#send,,")));
    assertEquals(List.of("com.acme.Gateway", "com.acme.Client#send"), options.remoteApis());
    assertTrue(options.errors().isEmpty(), options.errors().toString());
  }

  @Test
  void rejectsMalformedEntriesNamingTheFlag() {
    OrmCheckOptions options =
        OrmCheckOptions.parse(
            OrmCheckOptions.fromErrorProneFlags(Map.of("OrmCheck:RemoteApis", "Gateway,com.acme.Client#,com.acme.Ok")));
    assertEquals(List.of("com.acme.Ok"), options.remoteApis());
    assertEquals(2, options.errors().size(), options.errors().toString());
    assertTrue(options.errors().get(0).contains("-Aormcheck.remoteApis has entry 'Gateway'"), options.errors().get(0));
    assertTrue(options.errors().get(1).contains("'com.acme.Client#'"), options.errors().get(1));
  }

  @Test
  void errorProneSpellingOfTheErrorNamesTheXepOptFlag() throws Exception {
    java.lang.reflect.Method spelling =
        io.github.ormcheck.checker.errorprone.CheckSupport.class.getDeclaredMethod("errorProneSpelling", String.class);
    spelling.setAccessible(true);
    String error = OrmCheckOptions.parse(Map.of(OrmCheckOptions.REMOTE_APIS, "x")).errors().get(0);
    assertTrue(((String) spelling.invoke(null, error)).contains("-XepOpt:OrmCheck:RemoteApis has entry 'x'"));
  }
}
