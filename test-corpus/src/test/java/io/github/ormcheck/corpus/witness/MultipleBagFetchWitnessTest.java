package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.corpus.legacy.LegacyArchive;
import io.github.ormcheck.corpus.legacy.LegacyCatalog;
import io.github.ormcheck.corpus.legacy.LegacyEditor;
import io.github.ormcheck.corpus.legacy.LegacyEntry;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderFetchRepository;
import io.github.ormcheck.corpus.shop.service.OrderBrowsing;
import org.junit.jupiter.api.Test;

/**
 * MultipleBagFetch on this corpus's Hibernate (7.x). A query that join-fetches two bags fails
 * when it is built. Two EAGER bags on one entity, which stopped Hibernate 5 at start-up, no
 * longer fail on Hibernate 6 and later: the second bag is loaded by a separate select (the
 * EagerToMany cost), which is why the mapping side of the rule reports only for Hibernate 5.
 */
class MultipleBagFetchWitnessTest {

  @Test
  void joinFetchingTwoBagsFailsWhenTheQueryIsBuilt() {
    try (ShopDatabase db = legacy()) {
      RuntimeException failure =
          assertThrows(
              RuntimeException.class,
              () ->
                  db.inTransaction(
                      em ->
                          em.createQuery(
                                  "select c from LegacyCatalog c join fetch c.entries join fetch c.editors",
                                  LegacyCatalog.class)
                              .getResultList()));
      System.out.printf("[witness] %-24s join fetch of two bags: %s%n", "MultipleBagFetch", failure.getMessage());
      assertTrue(hasCause(failure, "org.hibernate.loader.MultipleBagFetchException"), failure::toString);
    }
  }

  @Test
  void twoBagsFromTheCorpusFailOnEveryCall() {
    try (ShopDatabase db = ShopDatabase.shop()) {
      RuntimeException byQuery =
          assertThrows(RuntimeException.class,
              () -> db.inTransaction(em -> new OrderBrowsing(em).withProductTags()));
      System.out.printf("[witness] %-24s OrderBrowsing.withProductTags: %s%n", "MultipleBagFetch", byQuery.getMessage());
      assertTrue(hasCause(byQuery, "org.hibernate.loader.MultipleBagFetchException"), byQuery::toString);

      RuntimeException byGraph =
          assertThrows(RuntimeException.class,
              () -> db.inTransaction(em -> db.bean(PurchaseOrderFetchRepository.class).readByPlacedAtIsNotNull()));
      System.out.printf("[witness] %-24s @EntityGraph(lineItems.product.tags): %s%n", "MultipleBagFetch", byGraph.getMessage());
      assertTrue(hasCause(byGraph, "org.hibernate.loader.MultipleBagFetchException"), byGraph::toString);
    }
  }

  @Test
  void twoEagerBagsStartOnHibernate7AndCostASecondSelect() {
    try (ShopDatabase db = legacy()) {
      Long id =
          db.inTransaction(
              em -> {
                LegacyCatalog catalog = new LegacyCatalog();
                em.persist(catalog);
                LegacyEntry entry = new LegacyEntry();
                em.persist(entry);
                catalog.getEntries().add(entry);
                LegacyEditor editor = new LegacyEditor();
                em.persist(editor);
                catalog.getEditors().add(editor);
                return catalog.getId();
              });

      long statements = db.count(em -> em.find(LegacyCatalog.class, id));

      Witnesses.print("MultipleBagFetch", "LegacyCatalog (2 EAGER bags) find on Hibernate 7: no exception", statements);
      assertEquals(2, statements, "one select joining one bag, one more select for the other");
    }
  }

  private static ShopDatabase legacy() {
    return ShopDatabase.of(LegacyCatalog.class, LegacyEntry.class, LegacyEditor.class, LegacyArchive.class);
  }

  private static boolean hasCause(Throwable failure, String className) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getClass().getName().equals(className)) {
        return true;
      }
    }
    return false;
  }
}
