package io.github.ormcheck.checker.jpql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Assertion helpers shared by the jpql tests. */
final class Queries {
  private Queries() {}

  /** Analyzes {@code query}, failing the test (with the parser's reason) when it is unreadable. */
  static QueryFetches read(String query) {
    Optional<QueryFetches> result = JpqlFetchAnalysis.analyzeUnguarded(query);
    if (result.isEmpty()) {
      fail("unreadable: " + JpqlFetchAnalysis.whyUnreadable(query).orElse("?") + "\n  " + query);
    }
    assertEquals(
        result.get().toString(),
        JpqlFetchAnalysis.analyze(query).map(Object::toString).orElse(null),
        "guarded and unguarded agree");
    return result.get();
  }

  static void assertUnreadable(String query) {
    Optional<QueryFetches> result = JpqlFetchAnalysis.analyzeUnguarded(query);
    assertTrue(result.isEmpty(), () -> "expected unreadable, got " + result.get() + "\n  " + query);
    assertTrue(JpqlFetchAnalysis.analyze(query).isEmpty());
  }

  /** The dotted fetch paths of {@code alias}, in query order. */
  static List<String> fetchPaths(QueryFetches fetches, String alias) {
    return fetches.fetchPaths(alias).stream().map(JoinPath::dotted).collect(Collectors.toList());
  }
}
