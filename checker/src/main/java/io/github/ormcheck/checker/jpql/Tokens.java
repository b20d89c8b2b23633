package io.github.ormcheck.checker.jpql;

import java.util.Arrays;

/**
 * The tokens of one query text, in parallel arrays (a megabyte of text is a million tokens, so no
 * object per token). Lexed on demand: when the parser gives up early, the rest of the text is never
 * lexed. Indexes past the end read as the final {@link TokenKind#EOF}, which lets the parser look
 * ahead without bounds checks.
 */
final class Tokens {
  private static final TokenKind[] KINDS = TokenKind.values();

  private static final byte DOT = (byte) TokenKind.DOT.ordinal();
  private static final byte QUOTED_IDENT = (byte) TokenKind.QUOTED_IDENT.ordinal();

  private final String source;
  private final JpqlLexer lexer;
  private boolean complete;
  // Bytes rather than references: a megabyte of text is a million tokens, and primitive arrays
  // cost the garbage collector nothing to scan.
  private byte[] kinds;
  private byte[] keywords;
  private int[] starts;
  private int[] ends;
  private int size;

  Tokens(String source) {
    this.source = source;
    this.lexer = new JpqlLexer(source, this);
    int capacity = Math.max(16, Math.min(source.length() / 4, 1 << 12));
    kinds = new byte[capacity];
    keywords = new byte[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
  }

  void add(TokenKind kind, int start, int end) {
    if (size == kinds.length) {
      int capacity = size * 2;
      kinds = Arrays.copyOf(kinds, capacity);
      keywords = Arrays.copyOf(keywords, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    kinds[size] = (byte) kind.ordinal();
    keywords[size] = kind == TokenKind.IDENT ? Keyword.code(Keyword.lookup(source, start, end)) : 0;
    starts[size] = start;
    ends[size] = end;
    size++;
    complete = kind == TokenKind.EOF;
  }

  /** Lexes until token {@code i} exists or the text ends; throws {@link Unreadable} on bad text. */
  private void fill(int i) {
    while (size <= i && !complete) {
      lexer.lexOne();
    }
  }

  TokenKind kind(int i) {
    fill(i);
    return KINDS[kinds[Math.min(i, size - 1)]];
  }

  /**
   * The keyword at {@code i}, or {@code null}. A word right after a dot is an attribute name, never
   * a keyword: {@code o.order}, {@code o.from}.
   */
  Keyword keyword(int i) {
    fill(i);
    if (i >= size || (i > 0 && kinds[i - 1] == DOT)) {
      return null;
    }
    return Keyword.fromCode(keywords[i]);
  }

  boolean isIdentifier(int i) {
    TokenKind kind = kind(i);
    return kind == TokenKind.IDENT || kind == TokenKind.QUOTED_IDENT;
  }

  /** The name an identifier token spells, without the back quotes of a quoted one. */
  String name(int i) {
    int start = starts[i];
    int end = ends[i];
    return kinds[i] == QUOTED_IDENT
        ? source.substring(start + 1, end - 1)
        : source.substring(start, end);
  }

  /** The source text from the start of token {@code from} to the end of token {@code to - 1}. */
  String text(int from, int to) {
    return source.substring(starts[from], ends[to - 1]);
  }
}
