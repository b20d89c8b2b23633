package io.github.ormcheck.checker.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @Test
  void writesPrettyPrintedOutputInInsertionOrder() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", 1);
    value.put("a", List.of(true, "x"));
    value.put("empty", Map.of());
    value.put("none", List.of());
    value.put("nothing", null);

    assertThat(Json.write(value))
        .isEqualTo(
            """
            {
              "b": 1,
              "a": [
                true,
                "x"
              ],
              "empty": {},
              "none": [],
              "nothing": null
            }
            """);
  }

  @Test
  void escapesStrings() {
    assertThat(Json.write("quote \" backslash \\ newline \n tab \t cr \r bell \u0007"))
        .isEqualTo("\"quote \\\" backslash \\\\ newline \\n tab \\t cr \\r bell \\u0007\"\n");
    assertThat(Json.write("é ✓ 😀")).isEqualTo("\"é ✓ 😀\"\n");
  }

  @Test
  void roundTrip() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("text", "line 1\nline \"2\"\t\\ \u0001 é 😀");
    inner.put("long", 9_007_199_254_740_993L);
    inner.put("negative", -42L);
    inner.put("double", 0.25);
    inner.put("tiny", 1.0e-12);
    inner.put("yes", true);
    inner.put("no", false);
    inner.put("nothing", null);
    List<Object> list = new ArrayList<>(Arrays.asList(1L, "two", null, List.of(), Map.of()));
    list.add(inner);
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("list", list);
    value.put("", "empty key");

    Object parsed = Json.parse(Json.write(value));

    assertThat(parsed).isEqualTo(value);
    assertThat(((Map<?, ?>) parsed).keySet()).containsExactly("list", "").inOrder();
    assertThat(Json.write(parsed)).isEqualTo(Json.write(value));
  }

  @Test
  void integersParseAsLong_othersAsDouble() {
    assertThat(Json.parse("12")).isEqualTo(12L);
    assertThat(Json.parse("-0")).isEqualTo(0L);
    assertThat(Json.parse("1.5")).isEqualTo(1.5);
    assertThat(Json.parse("-2E3")).isEqualTo(-2000.0);
    assertThat(Json.parse("1e-2")).isEqualTo(0.01);
    // Beyond long: still a number, not an error.
    assertThat(Json.parse("123456789012345678901234567890")).isEqualTo(1.2345678901234568E29);
  }

  @Test
  void parsesEscapesAndWhitespace() {
    Object parsed =
        Json.parse(" \n\t{ \"a\" : [ \"\\u00e9\\n\\\"\\\\\\/\\b\\f\\r\\t\" , null ] }\r\n ");

    assertThat(parsed).isEqualTo(Map.of("a", Arrays.asList("é\n\"\\/\b\f\r\t", null)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "{",
        "[",
        "{\"a\" 1}",
        "{\"a\": 1,}",
        "{1: 2}",
        "[1,]",
        "[1 2]",
        "\"unterminated",
        "\"escape at the end\\",
        "\"\\u12\"",
        "\"\\uZZZZ\"",
        "tru",
        "nul",
        "-",
        "{} x",
        "'single'"
      })
  void badInputIsAnIllegalArgumentExceptionNamingTheOffset(String text) {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Json.parse(text));

    assertThat(error).hasMessageThat().startsWith("JSON: ");
    assertThat(error).hasMessageThat().containsMatch("at offset \\d+$");
  }

  @Test
  void errorNamesWhatAndWhere() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));

    assertThat(error).hasMessageThat().isEqualTo("JSON: trailing characters at offset 9");
  }

  @Test
  void writeRejectsWhatJsonCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> Json.write(new Object()));
    assertThrows(IllegalArgumentException.class, () -> Json.write(List.of('c')));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> Json.write(Map.of("x", Double.POSITIVE_INFINITY)));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Float.NEGATIVE_INFINITY));
  }
}
