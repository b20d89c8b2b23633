package io.github.ormcheck.checker.jpql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates valid JPQL/HQL select queries together with what the analysis must find in them: the
 * root alias and the fetch paths from it. Keyword case, whitespace, aliases with and without
 * {@code as}, join spellings, conditions, subqueries and literals that look like joins all vary.
 */
final class QueryGenerator {

  /** A generated query and the facts it was built with. */
  record Generated(
      String text, String rootAlias, List<String> rootFetchPaths, int topLevelJoins, int fetchJoins) {}

  private static final String[] ENTITIES = {"Order", "com.shop.Order", "Customer", "Bestellüng"};
  private static final String[] ROOT_ALIASES = {"o", "ord", "x1", "ö", "value"};
  private static final String[] ATTRIBUTES = {
    "lineItems", "customer", "product", "order", "from", "tags", "select", "größe"
  };
  private static final String[] JOINS = {
    "join", "inner join", "left join", "left outer join", "right join", "full join"
  };
  private static final String[] SPACES = {" ", " ", " ", "  ", "\n", "\t", " \r\n "};

  private final Random random;

  QueryGenerator(Random random) {
    this.random = random;
  }

  Generated next() {
    String root = pick(ROOT_ALIASES);
    StringBuilder from = new StringBuilder();
    from.append(kw("from")).append(sp()).append(pick(ENTITIES)).append(sp());
    if (random.nextBoolean()) {
      from.append(kw("as")).append(sp());
    }
    from.append(root);

    // Aliases that later joins may start from, with the fetch-chain path from the root (or null).
    List<String> sources = new ArrayList<>(List.of(root));
    List<String> chains = new ArrayList<>(List.of(""));
    List<String> expected = new ArrayList<>();
    int joinCount = random.nextInt(6);
    int fetchJoins = 0;
    for (int i = 0; i < joinCount; i++) {
      int from1 = random.nextInt(sources.size());
      String source = sources.get(from1);
      String attribute = pick(ATTRIBUTES);
      if (random.nextInt(6) == 0) {
        attribute = attribute + "." + pick(ATTRIBUTES);
      }
      boolean fetch = random.nextBoolean();
      from.append(sp()).append(kw(pick(JOINS)));
      if (fetch) {
        from.append(sp()).append(kw("fetch"));
        fetchJoins++;
      }
      from.append(sp()).append(source).append('.').append(attribute);
      String chain = chains.get(from1);
      String path = fetch && chain != null ? (chain.isEmpty() ? "" : chain + ".") + attribute : null;
      if (path != null) {
        expected.add(path);
      }
      String alias = null;
      if (random.nextInt(3) > 0) {
        alias = "j" + i;
        from.append(sp());
        if (random.nextBoolean()) {
          from.append(kw("as")).append(sp());
        }
        from.append(alias);
        sources.add(alias);
        chains.add(path);
      }
      if (random.nextInt(4) == 0) {
        String subject = alias != null ? alias : source;
        from.append(sp()).append(kw(random.nextBoolean() ? "on" : "with")).append(sp())
            .append(condition(subject));
      }
    }

    StringBuilder query = new StringBuilder();
    boolean fromFirst = random.nextInt(5) == 0;
    String select = selectClause(root);
    if (!fromFirst) {
      query.append(select).append(sp());
    }
    query.append(from);
    if (random.nextInt(3) > 0) {
      query.append(sp()).append(kw("where")).append(sp()).append(condition(root));
    }
    if (fromFirst && random.nextBoolean()) {
      query.append(sp()).append(select);
    }
    if (random.nextInt(3) == 0) {
      query.append(sp()).append(kw("order by")).append(sp()).append(root).append(".id")
          .append(random.nextBoolean() ? " " + kw("desc") : "");
    }
    if (random.nextInt(6) == 0) {
      query.append(sp()).append(kw("limit")).append(" :max");
    }
    return new Generated(query.toString(), root, expected, joinCount, fetchJoins);
  }

  private String selectClause(String root) {
    switch (random.nextInt(5)) {
      case 0:
        return kw("select") + sp() + kw("distinct") + sp() + root;
      case 1:
        return kw("select") + sp() + kw("new") + " com.x.Dto(" + root + ".id, " + root + ".name)";
      case 2:
        return kw("select") + sp() + "count(" + root + ")";
      default:
        return kw("select") + sp() + root;
    }
  }

  /** A condition on {@code alias}, possibly with a subquery whose joins are not top-level. */
  private String condition(String alias) {
    switch (random.nextInt(6)) {
      case 0:
        return alias + ".id = :id" + sp() + kw("and") + sp() + alias + ".status in (:s, 'a''b')";
      case 1:
        String item = "li" + random.nextInt(1000);
        return kw("exists") + sp() + "(" + kw("select") + " 1 " + kw("from") + " LineItem " + item
            + " " + kw("join fetch") + " " + item + ".product p " + kw("where") + " p.owner = "
            + alias + ")";
      case 2:
        int depth = random.nextInt(20) + 1;
        return "(".repeat(depth) + alias + ".total > 10" + ")".repeat(depth);
      case 3:
        return alias + ".note <> ' join fetch " + alias + ".hidden where (''' " + kw("and") + " "
            + alias + ".x " + kw("is not null");
      case 4:
        return "upper(" + alias + ".name) " + kw("like") + " ?1 " + kw("escape") + " '!'";
      default:
        return alias + ".total " + kw("between") + " 1 " + kw("and") + " 2.5e3";
    }
  }

  private String kw(String keyword) {
    switch (random.nextInt(4)) {
      case 0:
        return keyword.toUpperCase(Locale.ROOT);
      case 1:
        StringBuilder mixed = new StringBuilder();
        for (char c : keyword.toCharArray()) {
          mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return mixed.toString();
      default:
        return keyword;
    }
  }

  private String sp() {
    return pick(SPACES);
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
