package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Tag;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderFetchRepository;
import io.github.ormcheck.corpus.shop.service.OrderBrowsing;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MultipleCollectionFetch: N orders with 3 line items (a bag) and 2 tags (a set) each. Fetching
 * both collections in one select reads N x 3 x 2 rows from JDBC; one collection per query reads
 * N x 3 + N x 2 rows in two selects. The joined select also fills the bag wrongly: each line
 * item appears once per tag (6 entries instead of 3), since a bag cannot tell duplicates apart.
 */
class MultipleCollectionFetchWitnessTest {
  static final int LINES = 3;
  static final int TAGS = 2;

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void bothCollectionsInOneSelectMultiplyTheRows(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      seed(db, n, TAGS);
      // The bag also comes back wrong: each line item once per tag row (3 x 2 = 6 entries).
      measure(db, n, "OrderBrowsing.withLinesAndTags (bag + set join fetch)",
          em -> new OrderBrowsing(em).withLinesAndTags(), 1, (long) n * LINES * TAGS, LINES * TAGS);
      measure(db, n, "PurchaseOrderFetchRepository.findAllWithLinesAndTags",
          em -> db.bean(PurchaseOrderFetchRepository.class).findAllWithLinesAndTags(), 1,
          (long) n * LINES * TAGS, LINES * TAGS);
      measure(db, n, "OrderBrowsing.withLinesAndTagsByCriteria (Criteria API fetches)",
          em -> new OrderBrowsing(em).withLinesAndTagsByCriteria(), 1, (long) n * LINES * TAGS, LINES * TAGS);
      measure(db, n, "OrderBrowsing.withLinesThenTags (one collection per query)",
          em -> new OrderBrowsing(em).withLinesThenTags(), 2, (long) n * LINES + (long) n * TAGS, LINES);
    }
  }

  private static void measure(
      ShopDatabase db, int n, String scenario, Function<EntityManager, List<PurchaseOrder>> work,
      long statements, long rows, int bagSize) {
    List<Integer> sizes = new ArrayList<>();
    long issued = db.count(em -> {
      List<PurchaseOrder> orders = work.apply(em);
      sizes.add(orders.size());
      orders.forEach(order -> sizes.add(order.getLineItems().size() * 100 + order.getTags().size()));
    });
    long read = db.rowsRead();
    System.out.printf("[witness] %-24s %-60s N = %3d: %d statements, %5d JDBC rows, %d lineItems per order%n",
        "MultipleCollectionFetch", scenario, n, issued, read, sizes.get(1) / 100);
    assertEquals(statements, issued, scenario);
    assertEquals(rows, read, scenario);
    assertEquals(n, sizes.get(0), "one entity per order, whatever the rows");
    sizes.subList(1, sizes.size()).forEach(size -> assertEquals(bagSize * 100 + TAGS, size, "lineItems x 100 + tags"));
  }

  /** N orders, each with LINES line items and {@code tags} tags. */
  static void seed(ShopDatabase db, int n, int tags) {
    db.inTransaction(em -> {
      List<Product> products = new ArrayList<>();
      for (int p = 0; p < LINES; p++) {
        Product product = new Product("product " + p, BigDecimal.ONE, null);
        em.persist(product);
        products.add(product);
      }
      List<Tag> allTags = new ArrayList<>();
      for (int t = 0; t < tags; t++) {
        Tag tag = new Tag("tag " + t);
        em.persist(tag);
        allTags.add(tag);
      }
      for (int i = 0; i < n; i++) {
        Customer customer = new Customer("customer " + i, null);
        em.persist(customer);
        PurchaseOrder order = new PurchaseOrder(customer, Instant.EPOCH.plusSeconds(i));
        // No product: LineItem.product is EAGER and would add one select per product to the counts.
        products.forEach(product -> order.addLine(null, 1));
        order.getTags().addAll(allTags);
        em.persist(order);
      }
      return null;
    });
  }
}
