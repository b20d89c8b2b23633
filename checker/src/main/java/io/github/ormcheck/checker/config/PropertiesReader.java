package io.github.ormcheck.checker.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .properties} text keeping each key's line: {@code key=value}, {@code key: value}
 * and {@code key value}; {@code #} and {@code !} comments; a trailing backslash continues the
 * value on the next line; backslash escapes in keys. {@code java.util.Properties} gives no line
 * numbers, which findings need.
 */
public final class PropertiesReader {
  private PropertiesReader() {}

  public static List<ConfigEntry> read(Path file, String text) {
    List<ConfigEntry> entries = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = stripLeading(lines[i]);
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      StringBuilder logical = new StringBuilder(line);
      while (endsWithContinuation(logical) && i + 1 < lines.length) {
        logical.setLength(logical.length() - 1);
        logical.append(stripLeading(lines[++i]));
      }
      int column = lines[lineNumber - 1].length() - line.length() + 1;
      StringBuilder key = new StringBuilder();
      int pos = 0;
      while (pos < logical.length()) {
        char c = logical.charAt(pos);
        if (c == '\\' && pos + 1 < logical.length()) {
          key.append(logical.charAt(pos + 1));
          pos += 2;
          continue;
        }
        if (c == '=' || c == ':' || Character.isWhitespace(c)) {
          break;
        }
        key.append(c);
        pos++;
      }
      while (pos < logical.length() && Character.isWhitespace(logical.charAt(pos))) {
        pos++;
      }
      if (pos < logical.length() && (logical.charAt(pos) == '=' || logical.charAt(pos) == ':')) {
        pos++;
      }
      String value = logical.substring(pos).strip();
      entries.add(new ConfigEntry(key.toString(), value, file, lineNumber, column));
    }
    return entries;
  }

  private static boolean endsWithContinuation(CharSequence line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String stripLeading(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
      i++;
    }
    return line.substring(i);
  }
}
