package io.github.ormcheck.checker.config;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the key/value subset of YAML that Spring Boot configuration uses, keeping each key's
 * line, without a YAML library: nested block mappings by indentation ({@code spring:} /
 * {@code   jpa:} / {@code     open-in-view: false} gives {@code spring.jpa.open-in-view}),
 * dotted keys ({@code spring.jpa.open-in-view: false}), plain, single- and double-quoted
 * scalars, {@code #} comments, and several documents separated by {@code ---} (profile
 * documents); every document's keys are returned, in file order.
 *
 * <p>Limits, by design: sequences ({@code - item}) are skipped with everything nested in them;
 * block scalars ({@code |}, {@code >}) are read as an empty value and their lines skipped; flow
 * collections ({@code {a: 1}}, {@code [1, 2]}) are kept as raw text; anchors, aliases, tags and
 * multi-line plain scalars are not interpreted. None of these is needed for the keys the
 * configuration rules read.
 */
public final class YamlReader {
  private YamlReader() {}

  private record Level(int indent, String key) {}

  public static List<ConfigEntry> read(Path file, String text) {
    List<ConfigEntry> entries = new ArrayList<>();
    Deque<Level> parents = new ArrayDeque<>();
    int skipDeeperThan = -1;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      if (raw.startsWith("---") || raw.startsWith("...")) {
        parents.clear();
        skipDeeperThan = -1;
        continue;
      }
      String content = stripComment(raw);
      if (content.isBlank()) {
        continue;
      }
      int indent = 0;
      while (indent < content.length() && content.charAt(indent) == ' ') {
        indent++;
      }
      if (skipDeeperThan >= 0) {
        if (indent > skipDeeperThan) {
          continue;
        }
        skipDeeperThan = -1;
      }
      String body = content.substring(indent).stripTrailing();
      while (!parents.isEmpty() && parents.peek().indent() >= indent) {
        parents.pop();
      }
      if (body.startsWith("- ") || body.equals("-")) {
        skipDeeperThan = indent;
        continue;
      }
      int colon = keySeparator(body);
      if (colon < 0) {
        continue;
      }
      String key = unquote(body.substring(0, colon).strip());
      String value = body.substring(colon + 1).strip();
      StringBuilder fullKey = new StringBuilder();
      parents.descendingIterator().forEachRemaining(p -> fullKey.append(p.key()).append('.'));
      fullKey.append(key);
      if (value.isEmpty()) {
        parents.push(new Level(indent, key));
        continue;
      }
      if (value.startsWith("|") || value.startsWith(">")) {
        entries.add(new ConfigEntry(fullKey.toString(), "", file, i + 1, indent + 1));
        skipDeeperThan = indent;
        continue;
      }
      entries.add(new ConfigEntry(fullKey.toString(), unquote(value), file, i + 1, indent + 1));
    }
    return entries;
  }

  /** The colon that ends a mapping key: followed by a space or the end, outside quotes. */
  private static int keySeparator(String body) {
    char quote = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && i == 0) {
        quote = c;
      } else if (c == ':' && (i + 1 == body.length() || body.charAt(i + 1) == ' ')) {
        return i;
      }
    }
    return -1;
  }

  /** The line without a {@code #} comment (one that starts the line or follows a space, outside quotes). */
  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
        String inner = value.substring(1, value.length() - 1);
        return first == '\'' ? inner.replace("''", "'") : inner.replace("\\\"", "\"").replace("\\\\", "\\");
      }
    }
    return value;
  }
}
