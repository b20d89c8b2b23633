package io.github.ormcheck.checker.config;

import java.nio.file.Path;

/**
 * One configuration key as written in a file: {@code spring.jpa.open-in-view=false}, its YAML
 * form, or a {@code <property>} of {@code persistence.xml}.
 *
 * @param key the full key, YAML nesting joined with dots
 * @param value the value, unquoted; empty for keys without one
 * @param file the file it comes from
 * @param line its 1-based line
 * @param column its 1-based column (where the key's last segment starts)
 */
public record ConfigEntry(String key, String value, Path file, int line, int column) {

  /**
   * The key as Spring's relaxed binding compares it: lower case, without dashes, so that
   * {@code open-in-view}, {@code openInView} and {@code OPEN-IN-VIEW} are the same key.
   */
  public String canonicalKey() {
    return canonical(key);
  }

  public static String canonical(String key) {
    return key.toLowerCase(java.util.Locale.ROOT).replace("-", "");
  }
}
