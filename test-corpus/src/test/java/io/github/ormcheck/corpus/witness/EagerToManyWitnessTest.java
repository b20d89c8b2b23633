package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Supplier;
import io.github.ormcheck.corpus.shop.SupplyContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EagerToMany: a query of N owners loads every owner's EAGER collection with one more select
 * each, though the caller never touches it; the LAZY twin issues one statement.
 */
class EagerToManyWitnessTest {

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void eagerCollectionIsLoadedForEveryOwner(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Supplier supplier = new Supplier();
              supplier.setName("s" + i);
              em.persist(supplier);
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH));
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH.plusDays(1)));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select s from Supplier s", Supplier.class).getResultList());

      Witnesses.print("EagerToMany", "Supplier.contracts (EAGER), query of " + n + " suppliers", statements);
      assertEquals(1 + n, statements, "1 query + 1 select per supplier for its contracts");
      assertEquals(n, db.log().selectsFrom("supplycontract"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void lazyCollectionCostsNothingUntilUsed(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Customer customer = new Customer("c" + i, null);
              em.persist(customer);
              em.persist(new PurchaseOrder(customer, Instant.EPOCH));
            }
            return null;
          });

      long statements =
          db.count(em -> em.createQuery("select c from Customer c", Customer.class).getResultList());

      Witnesses.print("EagerToMany", "Customer.orders (LAZY twin), query of " + n + " customers", statements);
      assertEquals(1, statements);
    }
  }

  /**
   * How the extra selects come with a batch size on the collection ({@code @BatchSize(size = 10)}
   * on {@code Rack.boxes}, or {@code default_batch_fetch_size = 10} for {@code Bin.items}), with
   * {@code @Fetch(SUBSELECT)} ({@code Crate.jars}) and with {@code @Fetch(JOIN)} ({@code
   * Drawer.socks}), which a query does not apply.
   */
  @ParameterizedTest(name = "N = {0}, {1}")
  @CsvSource({"10, annotations", "100, annotations", "10, settings", "100, settings"})
  void eagerCollectionsByFetchSetting(int n, String configuredBy) {
    boolean bySettings = configuredBy.equals("settings");
    try (ShopDatabase db = bySettings
        ? ShopDatabase.of(Map.of("hibernate.default_batch_fetch_size", "10"), Bin.class, Item.class)
        : ShopDatabase.of(Rack.class, Box.class, Crate.class, Jar.class, Drawer.class, Sock.class)) {
      db.inTransaction(
          em -> {
            for (long i = 1; i <= n; i++) {
              // Owners alone: an empty collection takes its select all the same.
              if (bySettings) {
                Bin bin = new Bin();
                bin.id = i;
                em.persist(bin);
              } else {
                Rack rack = new Rack();
                rack.id = i;
                em.persist(rack);
                Crate crate = new Crate();
                crate.id = i;
                em.persist(crate);
                Drawer drawer = new Drawer();
                drawer.id = i;
                em.persist(drawer);
              }
            }
            return null;
          });
      if (bySettings) {
        long bins = db.count(em -> em.createQuery("select b from Bin b", Bin.class).getResultList());
        Witnesses.print("EagerToMany", "Bin.items (EAGER, default_batch_fetch_size = 10), query of " + n, bins);
        assertEquals(1 + n / 10, bins, "1 query + 1 select per batch of 10 bins: " + db.log().statements());
      } else {
        long racks = db.count(em -> em.createQuery("select r from Rack r", Rack.class).getResultList());
        long crates = db.count(em -> em.createQuery("select c from Crate c", Crate.class).getResultList());
        long drawers = db.count(em -> em.createQuery("select d from Drawer d", Drawer.class).getResultList());
        Witnesses.print("EagerToMany", "Rack.boxes (EAGER, @BatchSize(size = 10)), query of " + n, racks);
        Witnesses.print("EagerToMany", "Crate.jars (EAGER, @Fetch(SUBSELECT)), query of " + n, crates);
        Witnesses.print("EagerToMany", "Drawer.socks (EAGER, @Fetch(JOIN)), query of " + n, drawers);
        assertEquals(1 + n / 10, racks, "1 query + 1 select per batch of 10 racks");
        assertEquals(2, crates, "1 query + 1 subselect for all crates");
        assertEquals(1 + n, drawers, "a query does not apply @Fetch(JOIN): 1 query + 1 select per drawer");
      }
    }
  }

  @jakarta.persistence.Entity(name = "Rack")
  static class Rack {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToMany(mappedBy = "rack", fetch = jakarta.persistence.FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 10)
    List<Box> boxes;
  }

  @jakarta.persistence.Entity(name = "Box")
  static class Box {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    Rack rack;
  }

  @jakarta.persistence.Entity(name = "Crate")
  static class Crate {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToMany(mappedBy = "crate", fetch = jakarta.persistence.FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SUBSELECT)
    List<Jar> jars;
  }

  @jakarta.persistence.Entity(name = "Jar")
  static class Jar {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    Crate crate;
  }

  @jakarta.persistence.Entity(name = "Drawer")
  static class Drawer {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToMany(mappedBy = "drawer", fetch = jakarta.persistence.FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.JOIN)
    List<Sock> socks;
  }

  @jakarta.persistence.Entity(name = "Sock")
  static class Sock {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    Drawer drawer;
  }

  @jakarta.persistence.Entity(name = "Bin")
  static class Bin {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.OneToMany(mappedBy = "bin", fetch = jakarta.persistence.FetchType.EAGER)
    List<Item> items;
  }

  @jakarta.persistence.Entity(name = "Item")
  static class Item {
    @jakarta.persistence.Id Long id;

    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    Bin bin;
  }
}
