package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.TokenKind.COMMA;
import static io.github.ormcheck.checker.jpql.TokenKind.DOT;
import static io.github.ormcheck.checker.jpql.TokenKind.EOF;
import static io.github.ormcheck.checker.jpql.TokenKind.LPAREN;
import static io.github.ormcheck.checker.jpql.TokenKind.RPAREN;
import static io.github.ormcheck.checker.jpql.TokenKind.STAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recursive-descent parser for the statement structure of JPQL/HQL: statements, clauses and
 * subqueries, with FROM clauses delegated to {@link FromClauseParser}. Expressions (select items,
 * conditions, ordering) are only skimmed by {@link ExpressionSkimmer}: no rule needs their meaning,
 * and HQL's expression language is far larger than its FROM clause. Anything unexpected throws
 * {@link Unreadable}. Each token is visited a bounded number of times and subqueries nest at most
 * {@link #MAX_SUBQUERY_DEPTH} deep, so time is linear and the Java stack stays small.
 */
final class JpqlParser {
  static final int MAX_SUBQUERY_DEPTH = 32;

  private final TokenCursor cursor;
  private final Tokens tokens;
  private final ExpressionSkimmer skimmer;
  private final FromClauseParser from;
  private final List<QueryRoot> roots = new ArrayList<>();
  private final List<QueryJoin> joins = new ArrayList<>();
  private final List<int[]> selectItemRanges = new ArrayList<>();
  private Scope scope = new Scope(null);
  private int subqueryDepth;
  private boolean hasSelectClause;
  private boolean distinct;
  private boolean orderBy;
  private boolean limitOrOffset;

  JpqlParser(Tokens tokens) {
    this.tokens = tokens;
    this.cursor = new TokenCursor(tokens);
    this.skimmer = new ExpressionSkimmer(this, cursor);
    this.from = new FromClauseParser(cursor, skimmer, roots, joins);
  }

  QueryFetches parse() {
    Keyword first = cursor.keyword(0);
    StatementKind kind;
    if (first == Keyword.SELECT || first == Keyword.FROM) {
      kind = StatementKind.SELECT;
      querySpec(true);
      if (isSetOperator()) {
        throw new Unreadable("union/intersect/except at top level");
      }
      tail(true);
    } else if (first == Keyword.UPDATE) {
      kind = StatementKind.UPDATE;
      update();
    } else if (first == Keyword.DELETE) {
      kind = StatementKind.DELETE;
      delete();
    } else if (first == Keyword.INSERT) {
      kind = StatementKind.INSERT;
      insert();
    } else {
      throw new Unreadable("not a JPQL/HQL statement");
    }
    if (cursor.kind(0) != EOF) {
      throw new Unreadable("unexpected text at token " + cursor.position());
    }
    return new QueryFetches(
        kind, roots, joins, selectItems(), hasSelectClause, distinct, orderBy, limitOrOffset);
  }

  // ---- select statements ------------------------------------------------------------------

  /** {@code select ... from ... [where] [group by [having]]}, or HQL's from-first form. */
  private void querySpec(boolean top) {
    boolean fromFirst = cursor.is(Keyword.FROM);
    if (!fromFirst) {
      selectClause(top);
      if (!cursor.is(Keyword.FROM)) {
        throw new Unreadable("select without from");
      }
    }
    from.fromClause(scope, top);
    if (cursor.accept(Keyword.WHERE)) {
      skimmer.skim(true, true);
    }
    if (cursor.is(Keyword.GROUP, Keyword.BY)) {
      cursor.skip(2);
      list();
    }
    if (cursor.accept(Keyword.HAVING)) {
      skimmer.skim(true, true);
    }
    if (fromFirst && cursor.is(Keyword.SELECT)) {
      selectClause(top);
    }
  }

  private void selectClause(boolean top) {
    cursor.expect(Keyword.SELECT);
    if (cursor.accept(Keyword.DISTINCT)) {
      distinct |= top;
    } else {
      cursor.accept(Keyword.ALL);
    }
    hasSelectClause |= top;
    do {
      int start = cursor.position();
      if (cursor.kind(0) == STAR) {
        throw new Unreadable("select * is SQL");
      }
      skimmer.skim(true, true);
      if (top) {
        selectItemRanges.add(new int[] {start, cursor.position()});
      }
    } while (cursor.accept(COMMA));
  }

  /** ORDER BY, LIMIT, OFFSET and FETCH FIRST after a query. */
  private void tail(boolean top) {
    if (cursor.is(Keyword.ORDER, Keyword.BY)) {
      cursor.skip(2);
      list();
      orderBy |= top;
    }
    while (true) {
      if (cursor.accept(Keyword.LIMIT) || cursor.accept(Keyword.OFFSET)) {
        skimmer.skim(true, true);
      } else if (cursor.is(Keyword.FETCH, Keyword.FIRST) || cursor.is(Keyword.FETCH, Keyword.NEXT)) {
        cursor.skip(2);
        skimmer.skim(true, true);
        if (cursor.is(Keyword.WITH, Keyword.TIES)) {
          cursor.skip(2);
        }
      } else {
        return;
      }
      limitOrOffset |= top;
    }
  }

  private boolean isSetOperator() {
    Keyword keyword = cursor.keyword(0);
    return keyword == Keyword.UNION || keyword == Keyword.INTERSECT || keyword == Keyword.EXCEPT;
  }

  /**
   * A parenthesized subquery, from its {@code (} through its {@code )}. Its joins are recorded as
   * not top-level; it sees the aliases of the queries around it, which do not see its own.
   */
  void subquery() {
    if (++subqueryDepth > MAX_SUBQUERY_DEPTH) {
      throw new Unreadable("subqueries nested too deep");
    }
    cursor.expect(LPAREN);
    Scope outer = scope;
    scope = new Scope(outer);
    querySpec(false);
    while (isSetOperator()) {
      cursor.advance();
      if (!cursor.accept(Keyword.ALL)) {
        cursor.accept(Keyword.DISTINCT);
      }
      scope = new Scope(outer);
      querySpec(false);
    }
    tail(false);
    cursor.expect(RPAREN);
    scope = outer;
    subqueryDepth--;
  }

  /** A comma-separated list of expressions (group by, order by, set, values). */
  private void list() {
    do {
      skimmer.skim(true, true);
    } while (cursor.accept(COMMA));
  }

  // ---- update, delete, insert -------------------------------------------------------------

  private void update() {
    cursor.expect(Keyword.UPDATE);
    cursor.accept(Keyword.VERSIONED);
    from.target(scope);
    cursor.expect(Keyword.SET);
    list();
    if (cursor.accept(Keyword.WHERE)) {
      skimmer.skim(true, true);
    }
  }

  private void delete() {
    cursor.expect(Keyword.DELETE);
    cursor.accept(Keyword.FROM);
    from.target(scope);
    if (cursor.accept(Keyword.WHERE)) {
      skimmer.skim(true, true);
    }
  }

  private void insert() {
    cursor.expect(Keyword.INSERT);
    cursor.accept(Keyword.INTO);
    from.target(scope);
    if (cursor.accept(LPAREN)) {
      list();
      cursor.expect(RPAREN);
    }
    if (cursor.is(Keyword.SELECT) || cursor.is(Keyword.FROM)) {
      // The rows it reads are not loaded as entities: its joins do not count as top-level.
      scope = new Scope(scope);
      querySpec(false);
      tail(false);
    } else {
      cursor.expect(Keyword.VALUES);
      list();
    }
    if (cursor.accept(Keyword.ON)) {
      skimmer.skim(false, false); // HQL "on conflict ... do ...": the rest of the statement
    }
  }

  // ---- results ----------------------------------------------------------------------------

  /** The top-level select items, resolved against the (by now complete) top-level scope. */
  private List<SelectItem> selectItems() {
    List<SelectItem> items = new ArrayList<>();
    for (int[] range : selectItemRanges) {
      int from = range[0];
      int to = range[1];
      int variableAt = -1;
      if (to - from == 1 || (to - from == 3 && tokens.keyword(from + 1) == Keyword.AS)) {
        variableAt = from; // o, or HQL's o as x
      } else if (to - from == 4 && tokens.keyword(from) == Keyword.OBJECT
          && tokens.kind(from + 1) == LPAREN && tokens.kind(from + 3) == RPAREN) {
        variableAt = from + 2; // object(o)
      }
      Optional<String> variable = variableAt >= 0 && tokens.isIdentifier(variableAt)
          ? Optional.ofNullable(scope.resolve(tokens.name(variableAt)))
          : Optional.empty();
      Optional<String> constructor = Optional.empty();
      if (tokens.keyword(from) == Keyword.NEW) {
        StringBuilder name = new StringBuilder();
        for (int i = from + 1; tokens.isIdentifier(i); i += 2) {
          name.append(tokens.name(i));
          if (tokens.kind(i + 1) != DOT) {
            break;
          }
          name.append('.');
        }
        constructor = Optional.of(name.toString());
      }
      items.add(new SelectItem(tokens.text(from, to).strip(), variable, constructor));
    }
    return items;
  }
}
