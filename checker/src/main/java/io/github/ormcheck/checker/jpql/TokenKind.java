package io.github.ormcheck.checker.jpql;

/** The lexical classes of JPQL/HQL text. */
enum TokenKind {
  /** End of the text; the token list always ends with exactly one. */
  EOF,
  /** A word: an identifier or a keyword (see {@link Keyword}). */
  IDENT,
  /** An HQL back-quoted identifier, {@code `order`}; never a keyword. */
  QUOTED_IDENT,
  /** {@code 'text'} (with {@code ''} escapes) or HQL's {@code "text"}. */
  STRING,
  NUMBER,
  /** {@code :name}, {@code ?1}, or a bare {@code ?}. */
  PARAM,
  LPAREN,
  RPAREN,
  LBRACKET,
  RBRACKET,
  LBRACE,
  RBRACE,
  COMMA,
  DOT,
  /** {@code *}: multiplication, or the argument of {@code count(*)}. */
  STAR,
  /** Every other operator: comparison, arithmetic, {@code ||}. */
  OP;

  boolean isOpener() {
    return this == LPAREN || this == LBRACKET || this == LBRACE;
  }

  boolean isCloser() {
    return this == RPAREN || this == RBRACKET || this == RBRACE;
  }

  /** The closer that matches this opener. */
  TokenKind closer() {
    switch (this) {
      case LPAREN:
        return RPAREN;
      case LBRACKET:
        return RBRACKET;
      case LBRACE:
        return RBRACE;
      default:
        throw new IllegalStateException(name());
    }
  }
}
