package io.github.ormcheck.checker.jpql;

import java.util.Optional;

/**
 * Reads the FROM/JOIN structure of a JPQL or HQL query string: the one analysis that every loading
 * rule ({@code LazyLoadInLoop}, {@code MultipleCollectionFetch}, {@code MultipleBagFetch}, {@code
 * PaginatedCollectionFetch}, {@code UnrealizedLoadPlan}) consumes, so that they agree on what a
 * query fetches.
 *
 * <p>A hand-written lexer and recursive-descent parser, not Hibernate's: the checker must not load
 * Hibernate, must stay silent on text it cannot read, and only needs roots, joins and subquery
 * boundaries. Text it cannot read (native SQL, syntax it does not know, truncated or malformed
 * text) gives {@link Optional#empty()}, never an exception, in time linear in the text.
 *
 * <p>Stateless and thread-safe. See {@code docs/jpql-fetch-analysis.md} for what it reads.
 */
public final class JpqlFetchAnalysis {
  private JpqlFetchAnalysis() {}

  /**
   * The fetch structure of {@code query}, a JPQL/HQL statement whose literals and constants the
   * caller has already folded into one string; empty when the text is not readable.
   */
  public static Optional<QueryFetches> analyze(String query) {
    try {
      return analyzeUnguarded(query);
    } catch (RuntimeException | StackOverflowError defect) {
      // A defect in this parser must not fail the user's compilation; the fuzz test calls
      // analyzeUnguarded, so such defects still fail the build here.
      return Optional.empty();
    }
  }

  /** {@link #analyze} without the safety net, so that tests see defects as exceptions. */
  static Optional<QueryFetches> analyzeUnguarded(String query) {
    if (query == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new JpqlParser(JpqlLexer.lex(query)).parse());
    } catch (Unreadable unreadable) {
      return Optional.empty();
    }
  }

  /** Why {@code query} is unreadable, or empty when it is readable; for tests and debugging. */
  static Optional<String> whyUnreadable(String query) {
    try {
      new JpqlParser(JpqlLexer.lex(query)).parse();
      return Optional.empty();
    } catch (Unreadable unreadable) {
      return Optional.of(unreadable.getMessage());
    }
  }
}
