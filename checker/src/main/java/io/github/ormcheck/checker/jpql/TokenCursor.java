package io.github.ormcheck.checker.jpql;

/**
 * The read position in a {@link Tokens} list, shared by the parser classes, with the usual
 * recursive-descent helpers. Every failed expectation throws {@link Unreadable}.
 */
final class TokenCursor {
  private final Tokens tokens;
  private int pos;

  TokenCursor(Tokens tokens) {
    this.tokens = tokens;
  }

  Tokens tokens() {
    return tokens;
  }

  int position() {
    return pos;
  }

  void advance() {
    pos++;
  }

  void skip(int count) {
    pos += count;
  }

  /** The kind of the token {@code offset} places ahead (0: the current one). */
  TokenKind kind(int offset) {
    return tokens.kind(pos + offset);
  }

  /** The keyword {@code offset} places ahead, or {@code null}; see {@link Tokens#keyword}. */
  Keyword keyword(int offset) {
    return tokens.keyword(pos + offset);
  }

  boolean is(Keyword keyword) {
    return tokens.keyword(pos) == keyword;
  }

  /** Whether the current token and the next spell {@code first second}: {@code order by}. */
  boolean is(Keyword first, Keyword second) {
    return is(first) && tokens.keyword(pos + 1) == second;
  }

  boolean accept(Keyword keyword) {
    if (is(keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  boolean accept(TokenKind kind) {
    if (tokens.kind(pos) == kind) {
      pos++;
      return true;
    }
    return false;
  }

  void expect(Keyword keyword) {
    if (!accept(keyword)) {
      throw new Unreadable(keyword + " expected at token " + pos);
    }
  }

  void expect(TokenKind kind) {
    if (!accept(kind)) {
      throw new Unreadable(kind + " expected at token " + pos);
    }
  }
}
