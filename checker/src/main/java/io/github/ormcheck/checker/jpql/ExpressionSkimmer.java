package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.TokenKind.COMMA;
import static io.github.ormcheck.checker.jpql.TokenKind.DOT;
import static io.github.ormcheck.checker.jpql.TokenKind.EOF;
import static io.github.ormcheck.checker.jpql.TokenKind.LPAREN;
import static io.github.ormcheck.checker.jpql.TokenKind.OP;
import static io.github.ormcheck.checker.jpql.TokenKind.STAR;

import java.util.Arrays;

/**
 * Skips one expression without interpreting it: it balances parentheses, brackets and braces
 * (iteratively, so 10,000 nested parentheses cost no Java stack), hands every {@code (select ...)}
 * and {@code (from ...)} to the parser as a subquery, and stops where a clause keyword, a closer or
 * (when asked) a comma ends the expression at its own nesting level. It rejects what cannot be an
 * expression: nothing at all, unbalanced nesting, a dot not followed by a name ({@code o.*}), and
 * an operator or connective at the end ({@code o.total >}, {@code a and}), the usual shape of
 * truncated text.
 */
final class ExpressionSkimmer {
  private final JpqlParser parser;
  private final TokenCursor cursor;
  private final Tokens tokens;

  ExpressionSkimmer(JpqlParser parser, TokenCursor cursor) {
    this.parser = parser;
    this.cursor = cursor;
    this.tokens = cursor.tokens();
  }

  /**
   * Skims from the cursor's position to the end of one expression.
   *
   * @param stopAtComma whether a comma at the expression's own level ends it
   * @param clauseKeywordsEnd whether clause keywords (where, join, order by, ...) end it
   */
  void skim(boolean stopAtComma, boolean clauseKeywordsEnd) {
    int start = cursor.position();
    TokenKind[] open = new TokenKind[8]; // the openers around the current token
    int depth = 0;
    while (true) {
      int pos = cursor.position();
      TokenKind kind = tokens.kind(pos);
      if (kind == EOF) {
        if (depth > 0) {
          throw new Unreadable("unbalanced " + open[depth - 1]);
        }
        break;
      }
      if (depth == 0
          && (kind.isCloser()
              || (kind == COMMA && stopAtComma)
              || (clauseKeywordsEnd && endsExpression(pos)))) {
        break;
      }
      if (kind == LPAREN && startsSubquery(pos)) {
        parser.subquery();
        continue;
      }
      if (kind.isOpener()) {
        if (depth == open.length) {
          open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = kind;
      } else if (kind.isCloser()) {
        if (open[--depth].closer() != kind) {
          throw new Unreadable("mismatched " + kind + " at token " + pos);
        }
        checkComplete(pos - 1);
      } else if (kind == DOT && !tokens.isIdentifier(pos + 1)) {
        throw new Unreadable("name expected after '.' at token " + pos);
      }
      cursor.advance();
    }
    if (cursor.position() == start) {
      throw new Unreadable("expression expected at token " + start);
    }
    checkComplete(cursor.position() - 1);
  }

  /** Whether token {@code last} can end an expression (or a parenthesized part of one). */
  private void checkComplete(int last) {
    TokenKind kind = tokens.kind(last);
    boolean complete;
    if (kind == OP || kind == COMMA || kind == DOT) {
      complete = false;
    } else if (kind == STAR) {
      complete = last > 0 && tokens.kind(last - 1) == LPAREN; // count(*)
    } else {
      Keyword keyword = tokens.keyword(last);
      complete = keyword == null || !Keyword.DANGLING.contains(keyword);
    }
    if (!complete) {
      throw new Unreadable("expression ends early at token " + last);
    }
  }

  /** {@code (select ...)} or HQL {@code (from ...)}; {@code trim(from s)} is a function call. */
  private boolean startsSubquery(int pos) {
    Keyword next = tokens.keyword(pos + 1);
    return next == Keyword.SELECT
        || (next == Keyword.FROM && (pos == 0 || tokens.keyword(pos - 1) != Keyword.TRIM));
  }

  /** Clause keywords that end an expression standing before them. */
  private boolean endsExpression(int pos) {
    Keyword keyword = tokens.keyword(pos);
    if (keyword == null) {
      return false;
    }
    Keyword next = tokens.keyword(pos + 1);
    switch (keyword) {
      case FROM:
        return tokens.keyword(pos - 1) != Keyword.DISTINCT; // HQL: a is [not] distinct from b
      case SELECT:
      case WHERE:
      case HAVING:
      case UNION:
      case INTERSECT:
      case EXCEPT:
      case LIMIT:
      case OFFSET:
      case JOIN:
      case ON:
      case WITH:
        return true;
      case GROUP:
      case ORDER:
        return next == Keyword.BY;
      case INNER:
      case CROSS:
        return next == Keyword.JOIN;
      case LEFT:
      case RIGHT:
      case FULL:
        return next == Keyword.JOIN || next == Keyword.OUTER;
      case FETCH:
        return next == Keyword.FIRST || next == Keyword.NEXT;
      default:
        return false;
    }
  }
}
