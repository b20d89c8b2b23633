package io.github.ormcheck.corpus.witness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records every SQL statement Hibernate prepares, so a witness can count round trips. */
public final class StatementLog implements StatementInspector {
  private final List<String> statements = new ArrayList<>();

  @Override
  public synchronized String inspect(String sql) {
    statements.add(sql);
    return sql;
  }

  public synchronized void clear() {
    statements.clear();
  }

  public synchronized List<String> statements() {
    return List.copyOf(statements);
  }

  /** Statements that read from {@code table} (a select naming it in its from or join clause). */
  public synchronized long selectsFrom(String table) {
    String lowerTable = table.toLowerCase(Locale.ROOT);
    return statements.stream()
        .map(sql -> sql.toLowerCase(Locale.ROOT))
        .filter(sql -> sql.startsWith("select"))
        .filter(sql -> sql.matches("(?s).*\\b(from|join) " + lowerTable + "\\b.*"))
        .count();
  }
}
