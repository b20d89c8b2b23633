package io.github.ormcheck.checker.loading;

import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.jpql.JpqlFetchAnalysis;
import io.github.ormcheck.checker.jpql.QueryFetches;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JPQL/HQL texts of one compilation, each analyzed once: the same {@code @Query} is read by
 * the collection-fetch checks, the pagination check, the N+1 origins and the load-plan checks.
 * Kept in javac's {@link Context}, so parallel compilations do not share it.
 */
public final class ParsedQueries {
  private static final Context.Key<ParsedQueries> KEY = new Context.Key<>();

  private final Map<String, Optional<QueryFetches>> analyses = new HashMap<>();

  private ParsedQueries() {}

  public static ParsedQueries instance(Context context) {
    return CompilationScope.instance(context, KEY, unused -> new ParsedQueries());
  }

  /** {@link JpqlFetchAnalysis#analyze}, once per distinct text. */
  public Optional<QueryFetches> analyze(String query) {
    return analyses.computeIfAbsent(query, JpqlFetchAnalysis::analyze);
  }
}
