package io.github.ormcheck.checker.jpql;

import java.util.EnumSet;
import java.util.Set;

/**
 * The JPQL/HQL words the parser gives a meaning to. Words are matched case-insensitively, and only
 * where a keyword can stand: a word right after a dot ({@code o.order}, {@code o.from}) is always an
 * attribute name, which is how attribute names that collide with keywords stay readable.
 */
enum Keyword {
  ALL, AND, ANY, AS, BETWEEN, BY, CASE, CROSS, DELETE, DISTINCT, ELSE, ESCAPE, EXCEPT, EXISTS,
  FETCH, FIRST, FROM, FULL, GROUP, HAVING, ILIKE, IN, INNER, INSERT, INTERSECT, INTO, IS, JOIN,
  LATERAL, LEFT, LIKE, LIMIT, MEMBER, NEW, NEXT, NOT, OBJECT, OF, OFFSET, ON, OR, ORDER, OUTER,
  PROPERTIES, RIGHT, SELECT, SET, SOME, THEN, TIES, TREAT, TRIM, UNION, UPDATE, VALUES, VERSIONED,
  WHEN, WHERE, WITH;

  /** Longest keyword, so that longer words skip the lookup. */
  static final int MAX_LENGTH = 10;

  private static final Keyword[] ALL_KEYWORDS = values();

  /** Keywords by initial letter ('a' to 'z'), so that a lookup compares a handful of words. */
  private static final Keyword[][] BY_INITIAL = new Keyword[26][];

  static {
    for (int letter = 0; letter < 26; letter++) {
      char initial = (char) ('A' + letter);
      BY_INITIAL[letter] =
          java.util.Arrays.stream(ALL_KEYWORDS)
              .filter(keyword -> keyword.name().charAt(0) == initial)
              .toArray(Keyword[]::new);
    }
  }

  /**
   * Words that cannot be an identification variable (alias), because they start or continue a
   * clause right where an alias may stand: {@code from Order where ...}, {@code join o.items left
   * join ...}.
   */
  static final Set<Keyword> NOT_AN_ALIAS =
      EnumSet.of(
          AS, BY, CROSS, EXCEPT, FETCH, FROM, FULL, GROUP, HAVING, IN, INNER, INTERSECT, JOIN,
          LATERAL, LEFT, LIMIT, OFFSET, ON, ORDER, OUTER, RIGHT, SELECT, SET, UNION, WHERE, WITH,
          AND, OR, NOT);

  /**
   * Words that cannot start an entity name or a join path. Far fewer than {@link #NOT_AN_ALIAS}:
   * entities are routinely called {@code Order}, {@code Group} or {@code Set}.
   */
  static final Set<Keyword> NOT_A_NAME =
      EnumSet.of(AS, EXCEPT, FROM, HAVING, INTERSECT, JOIN, ON, SELECT, UNION, WHERE, WITH);

  /** Words an expression cannot end with: text that ends with one of them is truncated. */
  static final Set<Keyword> DANGLING =
      EnumSet.of(
          ALL, AND, ANY, AS, BETWEEN, CASE, DISTINCT, ELSE, ESCAPE, EXISTS, ILIKE, IN, IS, LIKE,
          MEMBER, NEW, NOT, OF, OR, SOME, THEN, WHEN);

  /**
   * The keyword that {@code source[start, end)} spells in ASCII letters of any case, or {@code
   * null}. Allocates nothing, and matches ASCII only: no Unicode case folding ({@code ſelect}).
   */
  static Keyword lookup(CharSequence source, int start, int end) {
    int length = end - start;
    if (length < 2 || length > MAX_LENGTH) {
      return null;
    }
    int initial = upper(source.charAt(start)) - 'A';
    if (initial < 0 || initial >= 26) {
      return null;
    }
    for (Keyword keyword : BY_INITIAL[initial]) {
      String name = keyword.name();
      if (name.length() == length && matches(name, source, start)) {
        return keyword;
      }
    }
    return null;
  }

  /** Stored as a byte in token arrays: 0 for none, else ordinal + 1. */
  static byte code(Keyword keyword) {
    return keyword == null ? 0 : (byte) (keyword.ordinal() + 1);
  }

  static Keyword fromCode(byte code) {
    return code == 0 ? null : ALL_KEYWORDS[code - 1];
  }

  private static boolean matches(String name, CharSequence source, int start) {
    for (int i = 1; i < name.length(); i++) {
      if (upper(source.charAt(start + i)) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** ASCII upper case; any other character maps to itself (and so matches no keyword letter). */
  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
  }
}
