package io.github.ormcheck.checker.jpql;

/**
 * Thrown inside the lexer and parser when the text is not a query this analysis can read; {@link
 * JpqlFetchAnalysis} turns it into an empty result. Carries no stack trace: it is control flow, and
 * fuzzed input throws it often.
 */
final class Unreadable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Unreadable(String reason) {
    super(reason, null, false, false);
  }
}
