package io.github.ormcheck.checker.jpql;

import static io.github.ormcheck.checker.jpql.TokenKind.COMMA;
import static io.github.ormcheck.checker.jpql.TokenKind.DOT;
import static io.github.ormcheck.checker.jpql.TokenKind.LPAREN;
import static io.github.ormcheck.checker.jpql.TokenKind.RPAREN;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses FROM clauses, the part of a query this analysis exists for: roots, joins and the aliases
 * they declare, and the target entity of update, delete and insert. Aliases are declared in the
 * {@link Scope} of the query being parsed; a join path is resolved against it as soon as it is
 * read, since JPQL declares every identification variable before its use in FROM.
 */
final class FromClauseParser {
  private final TokenCursor cursor;
  private final Tokens tokens;
  private final ExpressionSkimmer skimmer;
  private final List<QueryRoot> roots;
  private final List<QueryJoin> joins;

  FromClauseParser(
      TokenCursor cursor, ExpressionSkimmer skimmer, List<QueryRoot> roots, List<QueryJoin> joins) {
    this.cursor = cursor;
    this.tokens = cursor.tokens();
    this.skimmer = skimmer;
    this.roots = roots;
    this.joins = joins;
  }

  /** {@code from item (, item)*}; {@code top} is false inside subqueries and insert-select. */
  void fromClause(Scope scope, boolean top) {
    cursor.expect(Keyword.FROM);
    do {
      fromItem(scope, top);
    } while (cursor.accept(COMMA));
  }

  /** The entity an update, delete or insert writes to: {@code Order [as] [o]}. */
  void target(Scope scope) {
    List<String> name = qualifiedName();
    Optional<String> alias = alias();
    alias.ifPresent(scope::declare);
    roots.add(new QueryRoot(String.join(".", name), alias, true));
  }

  private void fromItem(Scope scope, boolean top) {
    if (cursor.is(Keyword.IN) && cursor.kind(1) == LPAREN) {
      // JPQL collection member declaration: in (o.lineItems) li, an inner join.
      cursor.skip(2);
      List<String> path = qualifiedName();
      cursor.expect(RPAREN);
      Optional<String> alias = alias();
      String source = path.size() > 1 ? scope.resolve(path.get(0)) : null;
      if (alias.isEmpty() || source == null) {
        throw new Unreadable("in (...) needs a path from a known alias and an alias");
      }
      addJoin(scope, JoinType.INNER, false, source, path, alias, Optional.empty(), false, top);
    } else if (cursor.kind(0) == LPAREN || cursor.is(Keyword.LATERAL)) {
      throw new Unreadable("derived roots are not supported");
    } else {
      List<String> name = qualifiedName();
      Optional<String> alias = alias();
      String correlated = name.size() > 1 ? scope.resolve(name.get(0)) : null;
      if (correlated != null) {
        // from o.lineItems li, in a subquery: a join from an alias of the outer query.
        addJoin(scope, JoinType.INNER, false, correlated, name, alias, Optional.empty(), false, top);
      } else {
        alias.ifPresent(scope::declare);
        roots.add(new QueryRoot(String.join(".", name), alias, top));
      }
    }
    skipFetchAllProperties();
    while (join(scope, top)) {
      // one join per iteration
    }
  }

  /** Parses one join if one starts here; returns false otherwise. */
  private boolean join(Scope scope, boolean top) {
    JoinType type = joinType();
    if (type == null) {
      return false;
    }
    boolean fetch = cursor.accept(Keyword.FETCH);
    List<String> path;
    Optional<String> treatedAs = Optional.empty();
    if (cursor.is(Keyword.TREAT) && cursor.kind(1) == LPAREN) {
      cursor.skip(2);
      path = qualifiedName();
      cursor.expect(Keyword.AS);
      treatedAs = Optional.of(String.join(".", qualifiedName()));
      cursor.expect(RPAREN);
    } else if (cursor.kind(0) == LPAREN || cursor.is(Keyword.LATERAL)) {
      throw new Unreadable("derived joins are not supported");
    } else {
      path = qualifiedName();
    }
    Optional<String> alias = alias();
    skipFetchAllProperties();
    boolean condition = false;
    if (cursor.accept(Keyword.ON) || cursor.accept(Keyword.WITH)) {
      skimmer.skim(true, true);
      condition = true;
    }
    String source = scope.resolve(path.get(0));
    if (source != null) {
      if (path.size() == 1 || type == JoinType.CROSS) {
        throw new Unreadable("join of an alias itself");
      }
      addJoin(scope, type, fetch, source, path, alias, treatedAs, condition, top);
    } else if (fetch || treatedAs.isPresent()) {
      // HQL resolves an unqualified path against some earlier FROM element; which one takes the
      // entity model, so a fetch written that way stays unread rather than guessed.
      throw new Unreadable("fetch join of an unqualified path");
    } else {
      alias.ifPresent(scope::declare);
      joins.add(new QueryJoin(type, false, Optional.empty(), ImmutableList.copyOf(path), alias,
          Optional.empty(), condition, top));
    }
    return true;
  }

  /** Consumes {@code [inner|left [outer]|right [outer]|full [outer]|cross] join}, if present. */
  private JoinType joinType() {
    Keyword keyword = cursor.keyword(0);
    if (keyword == null) {
      return null;
    }
    int length = 2;
    JoinType type;
    switch (keyword) {
      case JOIN:
        cursor.advance();
        return JoinType.INNER;
      case INNER:
        type = JoinType.INNER;
        break;
      case CROSS:
        type = JoinType.CROSS;
        break;
      case LEFT:
      case RIGHT:
      case FULL:
        type = keyword == Keyword.LEFT ? JoinType.LEFT
            : keyword == Keyword.RIGHT ? JoinType.RIGHT : JoinType.FULL;
        if (cursor.keyword(1) == Keyword.OUTER) {
          length = 3;
        }
        break;
      default:
        return null;
    }
    if (cursor.keyword(length - 1) != Keyword.JOIN) {
      return null;
    }
    cursor.skip(length);
    return type;
  }

  /** Records a path join; {@code path} still starts with the source alias as written. */
  private void addJoin(Scope scope, JoinType type, boolean fetch, String source, List<String> path,
      Optional<String> alias, Optional<String> treatedAs, boolean condition, boolean top) {
    alias.ifPresent(scope::declare);
    joins.add(new QueryJoin(type, fetch, Optional.of(source),
        ImmutableList.copyOf(path.subList(1, path.size())), alias, treatedAs, condition, top));
  }

  /** HQL 5's {@code fetch all properties}, which says nothing about associations. */
  private void skipFetchAllProperties() {
    if (cursor.is(Keyword.FETCH, Keyword.ALL) && cursor.keyword(2) == Keyword.PROPERTIES) {
      cursor.skip(3);
    }
  }

  /** {@code [as] alias}: an identification variable, if one stands here. */
  private Optional<String> alias() {
    boolean afterAs = cursor.accept(Keyword.AS);
    Keyword keyword = cursor.keyword(0);
    int pos = cursor.position();
    if (tokens.isIdentifier(pos) && (keyword == null || !Keyword.NOT_AN_ALIAS.contains(keyword))) {
      cursor.advance();
      return Optional.of(tokens.name(pos));
    }
    if (afterAs) {
      throw new Unreadable("as without an alias");
    }
    return Optional.empty();
  }

  /** {@code name(.name)*}: an entity name or a path; the first name may not be a clause keyword. */
  private List<String> qualifiedName() {
    Keyword keyword = cursor.keyword(0);
    int pos = cursor.position();
    if (!tokens.isIdentifier(pos) || (keyword != null && Keyword.NOT_A_NAME.contains(keyword))) {
      throw new Unreadable("name expected at token " + pos);
    }
    List<String> names = new ArrayList<>();
    names.add(tokens.name(pos));
    cursor.advance();
    while (cursor.kind(0) == DOT) {
      if (!tokens.isIdentifier(cursor.position() + 1)) {
        throw new Unreadable("name expected after '.'");
      }
      names.add(tokens.name(cursor.position() + 1));
      cursor.skip(2);
    }
    return names;
  }
}
