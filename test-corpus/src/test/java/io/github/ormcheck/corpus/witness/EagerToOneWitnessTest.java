package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.corpus.shop.Category;
import io.github.ormcheck.corpus.shop.LineItem;
import io.github.ormcheck.corpus.shop.Invoice;
import io.github.ormcheck.corpus.shop.InvoiceDocument;
import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.Shipment;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Supplier;
import io.github.ormcheck.corpus.shop.SupplyContract;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EagerToOne: a JPQL query of N rows whose to-one association is EAGER issues one more select
 * per distinct target; the LAZY twin issues one statement whatever N is.
 */
class EagerToOneWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void implicitlyEagerManyToOneCostsOneSelectPerDistinctTarget(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            Category category = new Category("books");
            em.persist(category);
            PurchaseOrder order = new PurchaseOrder(null, Instant.EPOCH);
            em.persist(order);
            for (int i = 0; i < n; i++) {
              Product product = new Product("p" + i, BigDecimal.ONE, category);
              em.persist(product);
              em.persist(order.addLine(product, 1));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select li from LineItem li", LineItem.class).getResultList());

      Witnesses.print("EagerToOne", "LineItem.product (implicit EAGER), query of " + n + " line items", statements);
      assertEquals(1 + n, statements, "1 query + 1 select per distinct product");
      assertEquals(n, db.log().selectsFrom("product"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void lazyManyToOneCostsOneStatement(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Supplier supplier = new Supplier();
              supplier.setName("s" + i);
              em.persist(supplier);
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH));
            }
            return null;
          });

      long statements =
          db.count(
              em -> em.createQuery("select c from SupplyContract c", SupplyContract.class).getResultList());

      Witnesses.print("EagerToOne", "SupplyContract.supplier (LAZY twin), query of " + n + " contracts", statements);
      assertEquals(1, statements);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void inverseOneToOneIsLoadedPerRowDespiteLazy(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Invoice invoice = new Invoice(BigDecimal.TEN);
              em.persist(invoice);
              em.persist(new InvoiceDocument(invoice, "k" + i));
            }
            return null;
          });

      long invoiceQuery =
          db.count(em -> em.createQuery("select i from Invoice i", Invoice.class).getResultList());
      long documentSelects = db.log().selectsFrom("invoicedocument");
      long owningSideQuery =
          db.count(em -> em.createQuery("select d from InvoiceDocument d", InvoiceDocument.class).getResultList());

      Witnesses.print("EagerToOne", "Invoice.document (inverse @OneToOne, fetch=LAZY), query of " + n + " invoices", invoiceQuery);
      Witnesses.print("EagerToOne", "InvoiceDocument.invoice (owning side, LAZY twin), query of " + n + " documents", owningSideQuery);
      assertEquals(1 + n, invoiceQuery, "1 query + 1 select per invoice for its document");
      assertEquals(n, documentSelects);
      assertEquals(1, owningSideQuery);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void inverseOneToOneThatSharesTheKeyAndIsNotOptionalStaysLazy(int n) {
    // Shipment.label: mappedBy, LAZY, optional = false, and ShipmentLabel's id is the shipment's
    // (@MapsId): Hibernate knows the label exists and its id, so it puts a proxy there.
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              em.persist(new Shipment(Instant.EPOCH.plusSeconds(i), "c" + i));
            }
            return null;
          });

      List<String> carriers = new ArrayList<>();
      long shipmentQuery = db.count(em -> {
        List<Shipment> shipments = em.createQuery("select s from Shipment s order by s.id", Shipment.class).getResultList();
        carriers.add(shipments.get(0).getLabel().getCarrier());
      });
      List<String> statements = db.log().statements();

      Witnesses.print("EagerToOne", "Shipment.label (inverse @OneToOne, LAZY, optional = false, @MapsId), query of "
          + n + " shipments, then one label read", shipmentQuery);
      assertEquals(2, shipmentQuery, "the query, then the one label read: " + statements);
      assertEquals(1, db.log().selectsFrom("shipmentlabel"));
      assertEquals(List.of("c0"), carriers);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void onEnhancedEntitiesTheInverseSideIsLoadedWhenRead(int n) throws Exception {
    // Invoice and InvoiceDocument as Hibernate's enhancement plugin leaves them (lazy loading on):
    // the inverse Invoice.document is no longer looked up per invoice.
    ClassLoader enhanced = new EnhancingClassLoader(getClass().getClassLoader(), ShopDatabase.SHOP);
    Class<?> invoice = enhanced.loadClass(ShopDatabase.SHOP + ".Invoice");
    Class<?> document = enhanced.loadClass(ShopDatabase.SHOP + ".InvoiceDocument");
    assertTrue(org.hibernate.engine.spi.PersistentAttributeInterceptable.class.isAssignableFrom(invoice),
        "Invoice should be enhanced for lazy loading");
    try (ShopDatabase db = ShopDatabase.of(enhanced, List.of(invoice.getName(), document.getName()))) {
      db.inTransaction(
          em -> {
            try {
              for (int i = 0; i < n; i++) {
                Object anInvoice = invoice.getConstructor(BigDecimal.class).newInstance(BigDecimal.TEN);
                em.persist(anInvoice);
                em.persist(document.getConstructor(invoice, String.class).newInstance(anInvoice, "k" + i));
              }
            } catch (ReflectiveOperationException e) {
              throw new IllegalStateException(e);
            }
            return null;
          });

      long invoiceQuery = db.count(em -> em.createQuery("select i from Invoice i").getResultList());

      Witnesses.print("EagerToOne", "Invoice.document on enhanced entities (inverse @OneToOne, fetch=LAZY), query of "
          + n + " invoices", invoiceQuery);
      assertEquals(1, invoiceQuery, "the query alone: " + db.log().statements());
      assertEquals(0, db.log().selectsFrom("invoicedocument"));

      // Read, the side is loaded then: one select for the one document read.
      List<Object> keys = new ArrayList<>();
      long oneRead = db.count(em -> {
        try {
          Object first = em.createQuery("select i from Invoice i order by i.id").setMaxResults(1).getSingleResult();
          Object itsDocument = invoice.getMethod("getDocument").invoke(first);
          keys.add(document.getMethod("getStorageKey").invoke(itsDocument));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
      assertEquals(List.of("k0"), keys);
      assertEquals(2, oneRead, "the query, then the document read: " + db.log().statements());
      assertEquals(1, db.log().selectsFrom("invoicedocument"));
    }
  }

  /**
   * Two more ways to share the key, on entities of this test only: the owning side joins by the
   * primary key ({@code @PrimaryKeyJoinColumn}, no {@code @MapsId}), or the inverse side itself
   * takes its id by {@code @MapsId} (the shape of Hibernate's own HHH-12842 test); and the twin
   * that shares no key, whose owning side has its own id and a foreign key column.
   */
  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void inverseOneToOneThatSharesTheKeyOtherwise(int n) {
    try (ShopDatabase db = ShopDatabase.of(Desk.class, DeskLamp.class, Badge.class, BadgeHolder.class, Chair.class, Cushion.class)) {
      db.inTransaction(
          em -> {
            for (long i = 1; i <= n; i++) {
              Desk desk = new Desk();
              desk.id = i;
              em.persist(desk);
              DeskLamp lamp = new DeskLamp();
              lamp.id = i;
              lamp.desk = desk;
              em.persist(lamp);
              BadgeHolder holder = new BadgeHolder();
              holder.id = i;
              em.persist(holder);
              Badge badge = new Badge();
              badge.holder = holder;
              em.persist(badge);
              Chair chair = new Chair();
              chair.id = i;
              em.persist(chair);
              Cushion cushion = new Cushion();
              cushion.id = 1000 + i;
              cushion.chair = chair;
              em.persist(cushion);
            }
            return null;
          });

      long desks = db.count(em -> em.createQuery("select d from Desk d", Desk.class).getResultList());
      long lampSelects = db.log().selectsFrom("desklamp");
      long badges = db.count(em -> em.createQuery("select b from Badge b", Badge.class).getResultList());
      long holderSelects = db.log().selectsFrom("badgeholder");
      long chairs = db.count(em -> em.createQuery("select c from Chair c", Chair.class).getResultList());
      long cushionSelects = db.log().selectsFrom("cushion");

      Witnesses.print("EagerToOne", "Desk.lamp (inverse, LAZY, optional = false; DeskLamp joins by @PrimaryKeyJoinColumn), query of "
          + n + " desks", desks);
      Witnesses.print("EagerToOne", "Badge.holder (inverse, LAZY, optional = false, @MapsId on this side), query of "
          + n + " badges", badges);
      Witnesses.print("EagerToOne", "Chair.cushion (inverse, LAZY, optional = false; Cushion has its own id), query of "
          + n + " chairs", chairs);
      assertEquals(1, desks, "the query alone");
      assertEquals(0, lampSelects);
      assertEquals(1, badges, "the query alone");
      assertEquals(0, holderSelects);
      assertEquals(1 + n, chairs, "optional = false without a shared key: one select per chair");
      assertEquals(n, cushionSelects);
    }
  }

  /**
   * A batch size, from the target class's {@code @BatchSize(size = 10)} (which Hibernate reads
   * for to-ones) or from {@code hibernate.default_batch_fetch_size = 10}: an EAGER owning to-one's
   * extra selects come in batches of up to 10 targets, 1 + N/10; an inverse one-to-one is read with
   * one select per owner whatever the batch size.
   */
  @ParameterizedTest(name = "N = {0}, batch size from the {1}")
  @CsvSource({"10, target class", "100, target class", "10, settings", "100, settings"})
  void eagerToOneOfABatchedTargetCostsOneSelectPerBatch(int n, String batchSizeFrom) {
    boolean fromSettings = batchSizeFrom.equals("settings");
    try (ShopDatabase db = fromSettings
        ? ShopDatabase.of(Map.of("hibernate.default_batch_fetch_size", "10"), Pencil.class, Lead.class, Chair.class, Cushion.class)
        : ShopDatabase.of(Pen.class, Ink.class, Locker.class, LockerKey.class)) {
      db.inTransaction(
          em -> {
            for (long i = 1; i <= n; i++) {
              List<Object> row = fromSettings ? pencilAndChair(i) : penAndLocker(i);
              row.forEach(em::persist);
            }
            return null;
          });

      String owners = fromSettings ? "Pencil" : "Pen";
      long eager = db.count(em -> em.createQuery("select o from " + owners + " o", Object.class).getResultList());
      String inverseOwners = fromSettings ? "Chair" : "Locker";
      long inverse = db.count(em -> em.createQuery("select o from " + inverseOwners + " o", Object.class).getResultList());

      Witnesses.print("EagerToOne", owners + " (implicitly EAGER @ManyToOne, batch size 10 from the " + batchSizeFrom
          + "), query of " + n, eager);
      Witnesses.print("EagerToOne", inverseOwners + " (inverse @OneToOne, batch size 10 from the " + batchSizeFrom
          + "), query of " + n, inverse);
      assertEquals(1 + n / 10, eager, "1 query + 1 select per batch of 10 targets: " + db.log().statements());
      assertEquals(1 + n, inverse, "the inverse side: 1 query + 1 select per owner, batch size or not");
    }
  }

  /** A pen with its own ink, a locker with its own key: the owner, then what it points to. */
  private static List<Object> penAndLocker(long i) {
    Ink ink = new Ink();
    ink.id = i;
    Pen pen = new Pen();
    pen.id = i;
    pen.ink = ink;
    Locker locker = new Locker();
    locker.id = i;
    LockerKey key = new LockerKey();
    key.id = 1000 + i;
    key.locker = locker;
    return List.of(ink, pen, locker, key);
  }

  /** The same shapes without {@code @BatchSize}: a pencil and its lead, a chair and its cushion. */
  private static List<Object> pencilAndChair(long i) {
    Lead lead = new Lead();
    lead.id = i;
    Pencil pencil = new Pencil();
    pencil.id = i;
    pencil.lead = lead;
    Chair chair = new Chair();
    chair.id = i;
    Cushion cushion = new Cushion();
    cushion.id = 1000 + i;
    cushion.chair = chair;
    return List.of(lead, pencil, chair, cushion);
  }

  @jakarta.persistence.Entity(name = "Pencil")
  static class Pencil {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne
    Lead lead;
  }

  @jakarta.persistence.Entity(name = "Lead")
  static class Lead {
    @jakarta.persistence.Id Long id;
  }

  @jakarta.persistence.Entity(name = "Pen")
  static class Pen {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne
    Ink ink;
  }

  @jakarta.persistence.Entity(name = "Ink")
  @org.hibernate.annotations.BatchSize(size = 10)
  static class Ink {
    @jakarta.persistence.Id Long id;
  }

  @jakarta.persistence.Entity(name = "Locker")
  static class Locker {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(mappedBy = "locker")
    LockerKey key;
  }

  @jakarta.persistence.Entity(name = "LockerKey")
  @org.hibernate.annotations.BatchSize(size = 10)
  static class LockerKey {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne
    @jakarta.persistence.JoinColumn(name = "locker_id")
    Locker locker;
  }

  @jakarta.persistence.Entity(name = "Desk")
  static class Desk {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(mappedBy = "desk", fetch = jakarta.persistence.FetchType.LAZY, optional = false)
    DeskLamp lamp;
  }

  @jakarta.persistence.Entity(name = "DeskLamp")
  static class DeskLamp {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.PrimaryKeyJoinColumn
    Desk desk;
  }

  @jakarta.persistence.Entity(name = "BadgeHolder")
  static class BadgeHolder {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.PrimaryKeyJoinColumn
    Badge badge;
  }

  @jakarta.persistence.Entity(name = "Badge")
  static class Badge {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.MapsId
    @jakarta.persistence.OneToOne(mappedBy = "badge", fetch = jakarta.persistence.FetchType.LAZY, optional = false)
    BadgeHolder holder;
  }

  @jakarta.persistence.Entity(name = "Chair")
  static class Chair {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(mappedBy = "chair", fetch = jakarta.persistence.FetchType.LAZY, optional = false)
    Cushion cushion;
  }

  @jakarta.persistence.Entity(name = "Cushion")
  static class Cushion {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "chair_id")
    Chair chair;
  }
}
