package io.github.ormcheck.checker.jpql;

/**
 * Splits JPQL/HQL text into {@link Tokens}, one token per {@link #lexOne()} call, never looking
 * back. It rejects (with {@link Unreadable}) what is not JPQL: comments, unterminated literals,
 * {@code ;}, SQL-only punctuation such as {@code ::} or {@code #}, and characters outside
 * identifiers and literals that JPQL does not use.
 */
final class JpqlLexer {
  private final String source;
  private final Tokens tokens;
  private int pos;

  JpqlLexer(String source, Tokens tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  /** The tokens of {@code source}, lexed lazily as the parser reads them. */
  static Tokens lex(String source) {
    return new Tokens(source);
  }

  /** Adds the next token to {@link #tokens}: {@link TokenKind#EOF} at the end of the text. */
  void lexOne() {
    int n = source.length();
    while (pos < n && isSpace(source.charAt(pos))) {
      pos++;
    }
    if (pos >= n) {
      tokens.add(TokenKind.EOF, n, n);
      return;
    }
    char c = source.charAt(pos);
    int start = pos;
    switch (c) {
      case '(' -> single(TokenKind.LPAREN);
      case ')' -> single(TokenKind.RPAREN);
      case '[' -> single(TokenKind.LBRACKET);
      case ']' -> single(TokenKind.RBRACKET);
      case '{' -> single(TokenKind.LBRACE);
      case '}' -> single(TokenKind.RBRACE);
      case ',' -> single(TokenKind.COMMA);
      case '*' -> single(TokenKind.STAR);
      case '=', '+', '%' -> single(TokenKind.OP);
      case '\'', '"' -> string(c);
      case '`' -> quotedIdentifier();
      case ':' -> namedParameter();
      case '?' -> {
        pos++;
        skipDigits();
        tokens.add(TokenKind.PARAM, start, pos);
      }
      case '-' -> operator(next() != '-' && next() != '>', 1);
      case '/' -> operator(next() != '*' && next() != '/', 1);
      case '|' -> operator(next() == '|', 2);
      case '!', '^' -> operator(next() == '=', 2);
      case '<' -> operator(true, next() == '=' || next() == '>' ? 2 : 1);
      case '>' -> operator(true, next() == '=' ? 2 : 1);
      case '.' -> {
        if (isDigit(next())) {
          number();
        } else {
          single(TokenKind.DOT);
        }
      }
      default -> {
        if (isDigit(c)) {
          number();
        } else {
          identifier();
        }
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private char next() {
    return pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
  }

  private void single(TokenKind kind) {
    tokens.add(kind, pos, pos + 1);
    pos++;
  }

  private void operator(boolean allowed, int length) {
    if (!allowed) {
      throw new Unreadable("not a JPQL operator (or a comment) at " + pos);
    }
    tokens.add(TokenKind.OP, pos, pos + length);
    pos += length;
  }

  /** {@code 'it''s'}: a quote inside the literal is doubled. HQL also quotes strings with {@code "}. */
  private void string(char quote) {
    int start = pos;
    pos++;
    int n = source.length();
    while (true) {
      int close = source.indexOf(quote, pos);
      if (close < 0) {
        throw new Unreadable("unterminated string literal at " + start);
      }
      pos = close + 1;
      if (pos < n && source.charAt(pos) == quote) {
        pos++;
        continue;
      }
      tokens.add(TokenKind.STRING, start, pos);
      return;
    }
  }

  private void quotedIdentifier() {
    int close = source.indexOf('`', pos + 1);
    if (close < 0 || close == pos + 1) {
      throw new Unreadable("bad quoted identifier at " + pos);
    }
    tokens.add(TokenKind.QUOTED_IDENT, pos, close + 1);
    pos = close + 1;
  }

  private void namedParameter() {
    int start = pos;
    pos++;
    if (pos >= source.length() || !Character.isJavaIdentifierStart(source.codePointAt(pos))) {
      throw new Unreadable("':' without a parameter name at " + start);
    }
    skipIdentifierPart();
    tokens.add(TokenKind.PARAM, start, pos);
  }

  /** {@code 1}, {@code 1.5}, {@code .5}, {@code 1e-3}, with suffixes such as {@code L} or {@code BD}. */
  private void number() {
    int start = pos;
    skipDigits();
    if (pos < source.length() && source.charAt(pos) == '.' && isDigit(next())) {
      pos++;
      skipDigits();
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      int mark = pos;
      pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
        pos++;
      }
      if (pos < source.length() && isDigit(source.charAt(pos))) {
        skipDigits();
      } else {
        pos = mark;
      }
    }
    while (pos < source.length() && isAsciiLetterOrDigit(source.charAt(pos))) {
      pos++; // suffix (1L, 2.5BD) or hexadecimal digits (0xFF)
    }
    tokens.add(TokenKind.NUMBER, start, pos);
  }

  private void identifier() {
    int start = pos;
    if (!Character.isJavaIdentifierStart(source.codePointAt(pos))) {
      throw new Unreadable("unexpected character at " + pos);
    }
    skipIdentifierPart();
    tokens.add(TokenKind.IDENT, start, pos);
  }

  private void skipIdentifierPart() {
    int n = source.length();
    while (pos < n) {
      int codePoint = source.codePointAt(pos);
      if (!Character.isJavaIdentifierPart(codePoint)) {
        return;
      }
      pos += Character.charCount(codePoint);
    }
  }

  private void skipDigits() {
    while (pos < source.length() && isDigit(source.charAt(pos))) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }
}
