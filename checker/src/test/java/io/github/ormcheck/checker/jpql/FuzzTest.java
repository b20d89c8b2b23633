package io.github.ormcheck.checker.jpql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Robustness guard: generated valid queries must be read exactly; their mutations (truncations,
 * insertions, deletions, unicode), megabyte-long strings and 10,000-deep nesting must never throw
 * and must each finish well within a generous time limit, which catches exponential behaviour (not
 * a benchmark). Deterministic: one fixed seed.
 */
class FuzzTest {
  private static final long SEED = 0x0BADC0DEL;
  private static final int GENERATED = 2_000;
  private static final int MUTATIONS_PER_QUERY = 5;
  /**
   * 200 ms for any string, plus 2 ms per kilobyte: a megabyte parses in 10-35 ms warm, but a
   * loaded 2-core CI machine can stretch that past a flat 200 ms, while exponential behaviour
   * would still take orders of magnitude longer.
   */
  private static final long LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long NANOS_PER_KILOBYTE = TimeUnit.MILLISECONDS.toNanos(2);
  private static final int MEGABYTE = 1 << 20;

  /** Characters that mutations insert: JPQL punctuation, quotes, keywords' letters, unicode. */
  private static final String ALPHABET =
      "()[]{},.:?*=<>!^|+-/%'\"` \n\tselctfromjinwhe0123456789_$"
          + "\u00a0\u2028\u00e9\u00f6\u4e2d\u0000\u007f\ud800\udc00\ufeff\u201c";

  private final Random random = new Random(SEED);
  private long maxNanos;
  private String slowest = "";
  private int analyzed;

  @Test
  void generatedQueriesTheirMutationsAndHugeInputs() {
    QueryGenerator generator = new QueryGenerator(random);
    int readable = 0;
    for (int i = 0; i < GENERATED; i++) {
      QueryGenerator.Generated query = generator.next();
      Optional<QueryFetches> result = timed(query.text());
      if (result.isEmpty()) {
        fail("generated query unreadable: "
            + JpqlFetchAnalysis.whyUnreadable(query.text()).orElse("?") + "\n  " + query.text());
      }
      QueryFetches fetches = result.get();
      assertEquals(query.rootFetchPaths(), Queries.fetchPaths(fetches, query.rootAlias()), query.text());
      assertEquals(query.topLevelJoins(), fetches.joins().size(), query.text());
      assertEquals(query.fetchJoins(), fetches.fetchJoins().size(), query.text());
      for (int m = 0; m < MUTATIONS_PER_QUERY; m++) {
        if (timed(mutate(query.text())).isPresent()) {
          readable++;
        }
      }
    }
    hugeAndDeepInputs();

    System.out.printf(
        "jpql fuzz: %d strings analyzed, %d of %d mutations still readable, max %.1f ms (%s)%n",
        analyzed, readable, GENERATED * MUTATIONS_PER_QUERY, maxNanos / 1e6, slowest);
    assertTrue(analyzed >= 10_000, "at least 10,000 strings");
  }

  private void hugeAndDeepInputs() {
    String head = "select o from Order o join fetch o.items where ";
    StringBuilder randomText = new StringBuilder();
    while (randomText.length() < MEGABYTE) {
      randomText.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    timed(randomText.toString());
    StringBuilder randomCodePoints = new StringBuilder();
    while (randomCodePoints.length() < MEGABYTE) {
      randomCodePoints.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
    }
    timed(randomCodePoints.toString());

    assertReadable(head + "o.x = 1 and ".repeat(MEGABYTE / 12) + "o.y = 2");
    assertReadable(head + "o.note = '" + "a''b".repeat(MEGABYTE / 4) + "'");
    assertReadable(head + "o.id in (" + ":p, ".repeat(MEGABYTE / 4) + ":p)");
    assertReadable("select ö from Bestellüng ö where " + "ö.größe = 'ü' and ".repeat(MEGABYTE / 18) + "1 = 1");
    QueryFetches manyJoins = assertReadable("select o from Order o" + " left join fetch o.items".repeat(MEGABYTE / 24));
    assertEquals(MEGABYTE / 24, manyJoins.fetchPaths("o").size());
    StringBuilder chain = new StringBuilder("select a0 from A a0");
    for (int i = 1; i <= 2_000; i++) {
      chain.append(" join fetch a").append(i - 1).append(".next a").append(i);
    }
    QueryFetches chained = assertReadable(chain.toString());
    assertEquals(2_000, chained.fetchPaths("a0").get(1_999).attributes().size());

    int deep = 10_000;
    assertReadable(head + "(".repeat(deep) + "o.x = 1" + ")".repeat(deep));
    assertReadable(head + "f(".repeat(deep) + "o.x" + ")".repeat(deep) + " = 1");
    timed(head + "(".repeat(deep) + "o.x = 1");
    timed(head + "(".repeat(MEGABYTE));
    timed(head + ")".repeat(MEGABYTE));
    timed(head + "exists (select 1 from A a where ".repeat(deep) + "1 = 1" + ")".repeat(deep));
    timed(head + "(select ".repeat(deep));
    timed("(".repeat(MEGABYTE));
    timed("'".repeat(MEGABYTE));
    timed("'".repeat(MEGABYTE - 1));
    timed(" ".repeat(MEGABYTE));
    timed("select " + "o.".repeat(MEGABYTE / 2) + "x from Order o");
    timed("select o from Order o " + "join ".repeat(MEGABYTE / 5));
    timed("select o from Order o where " + "case when ".repeat(MEGABYTE / 10));
    timed(head + "o.x = \"" + "x".repeat(MEGABYTE));
  }

  private QueryFetches assertReadable(String query) {
    Optional<QueryFetches> result = timed(query);
    assertTrue(result.isPresent(), () -> "unreadable: " + JpqlFetchAnalysis.whyUnreadable(query));
    return result.get();
  }

  /**
   * Analyzes {@code query} with the unguarded entry point (a defect surfaces as an exception and
   * fails the test), checks the result's invariants, and enforces the time limit. A run over the
   * limit is repeated twice and the fastest run counts, so that a garbage-collection pause on a
   * busy machine does not fail the build while exponential behaviour still does.
   */
  private Optional<QueryFetches> timed(String query) {
    long best = Long.MAX_VALUE;
    Optional<QueryFetches> result = Optional.empty();
    long limit = LIMIT_NANOS + NANOS_PER_KILOBYTE * (query.length() / 1024);
    for (int attempt = 0; attempt < 3 && best > limit; attempt++) {
      long start = System.nanoTime();
      result = JpqlFetchAnalysis.analyzeUnguarded(query);
      long elapsed = System.nanoTime() - start;
      if (attempt == 0 && elapsed > maxNanos) {
        maxNanos = elapsed;
        slowest = describe(query);
      }
      best = Math.min(best, elapsed);
    }
    analyzed++;
    if (best > limit) {
      fail(String.format("%.1f ms for %s", best / 1e6, describe(query)));
    }
    result.ifPresent(fetches -> checkInvariants(fetches, query));
    return result;
  }

  private static void checkInvariants(QueryFetches fetches, String query) {
    assertTrue(fetches.joins().stream().allMatch(QueryJoin::topLevel), query);
    assertTrue(fetches.roots().stream().allMatch(QueryRoot::topLevel), query);
    assertTrue(fetches.fetchJoins().stream().noneMatch(QueryJoin::isEntityJoin), query);
    if (!fetches.isSelect()) {
      assertTrue(fetches.joins().isEmpty(), query);
    }
    if (query.length() > 100_000 || fetches.allJoins().size() > 100) {
      return; // the accessors below are exercised on ordinary-sized queries; the huge ones are
      // checked where they are built
    }
    for (QueryJoin join : fetches.allJoins()) {
      fetches.pathOf(join).ifPresent(path -> assertTrue(!path.attributes().isEmpty(), query));
    }
    List<String> aliases = new ArrayList<>();
    fetches.roots().forEach(root -> root.alias().ifPresent(aliases::add));
    fetches.joins().forEach(join -> join.alias().ifPresent(aliases::add));
    for (String alias : aliases) {
      for (JoinPath path : fetches.fetchPaths(alias)) {
        assertTrue(path.join().fetch(), query);
        assertTrue(fetches.isFetched(alias, path.dotted()), query);
      }
    }
    fetches.selectedAlias();
  }

  @Test
  void concurrentCallersGetTheSameResults() {
    QueryGenerator generator = new QueryGenerator(new Random(SEED + 1));
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      queries.add(generator.next().text());
    }
    List<String> sequential =
        queries.stream().map(q -> JpqlFetchAnalysis.analyze(q).toString()).collect(Collectors.toList());
    List<String> parallel =
        queries.parallelStream()
            .map(q -> JpqlFetchAnalysis.analyze(q).toString())
            .collect(Collectors.toList());
    assertEquals(sequential, parallel);
  }

  private String mutate(String query) {
    int length = query.length();
    int at = random.nextInt(length + 1);
    switch (random.nextInt(7)) {
      case 0: // truncation
        return query.substring(0, at);
      case 1: // insertions
        StringBuilder inserted = new StringBuilder(query);
        for (int i = random.nextInt(3); i >= 0; i--) {
          inserted.insert(random.nextInt(inserted.length() + 1),
              ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return inserted.toString();
      case 2: // deletion of a range
        int end = Math.min(length, at + 1 + random.nextInt(8));
        return query.substring(0, at) + query.substring(end);
      case 3: // a random code point, possibly a supplementary character or a lone surrogate
        String chars = new String(Character.toChars(random.nextInt(Character.MAX_CODE_POINT + 1)));
        if (chars.length() == 2 && random.nextBoolean()) {
          chars = chars.substring(0, 1);
        }
        return query.substring(0, at) + chars + query.substring(at);
      case 4: // duplicated slice
        int sliceEnd = Math.min(length, at + random.nextInt(20));
        return query.substring(0, sliceEnd) + query.substring(at);
      case 5: // halves swapped
        return query.substring(at) + " " + query.substring(0, at);
      default: // words shuffled
        List<String> words = new ArrayList<>(List.of(query.split(" ")));
        int a = random.nextInt(words.size());
        int b = random.nextInt(words.size());
        String word = words.get(a);
        words.set(a, words.get(b));
        words.set(b, word);
        return words.stream().collect(Collectors.joining(" "));
    }
  }

  private static String describe(String query) {
    String start = query.length() > 60 ? query.substring(0, 60) + "..." : query;
    return "\"" + start.replace("\n", "\\n") + "\" (" + query.length() + " chars)";
  }
}
