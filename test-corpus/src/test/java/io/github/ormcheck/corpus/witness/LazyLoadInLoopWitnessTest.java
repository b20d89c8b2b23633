package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.LineItem;
import io.github.ormcheck.corpus.shop.Product;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.Supplier;
import io.github.ormcheck.corpus.shop.SupplyContract;
import io.github.ormcheck.corpus.shop.Tag;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.repository.SupplyContractRepository;
import io.github.ormcheck.corpus.shop.service.CustomerExports;
import io.github.ormcheck.corpus.shop.service.OrderReports;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * LazyLoadInLoop: the flagged OrderReports methods issue 1 + N statements for N orders; their
 * fixed twins (fetch join, entity graph, batch size) stay constant or divide N by the batch.
 */
class LazyLoadInLoopWitnessTest {
  private static final Instant SINCE = Instant.EPOCH;

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void customerPerOrder(int n) {
    measure(n, "customerNames (derived query, findAll-style)", reports -> reports.customerNames(SINCE).size(), 1 + n);
    measure(n, "customerNamesStream (map(PurchaseOrder::getCustomer).map(Customer::getName))",
        reports -> reports.customerNamesStream(SINCE).size(), 1 + n);
    measure(n, "customerNamesJpql (createQuery without fetch)", reports -> reports.customerNamesJpql(SINCE).size(), 1 + n);
    measure(n, "customerNamesFetched (join fetch)", reports -> reports.customerNamesFetched(SINCE).size(), 1);
    measure(n, "customerNamesByGraph (@EntityGraph)", reports -> reports.customerNamesByGraph(Instant.MAX).size(), 1);
    measure(n, "customerIds (getId only)", reports -> reports.customerIds(SINCE).size(), 1);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void customerTurnedIntoText(int n) {
    measure(n, "orderLines (\"for \" + order.getCustomer(): its toString)", reports -> reports.orderLines(SINCE).size(), 1 + n);
    measure(n, "orderLinesFetched (the same, join fetch)", reports -> reports.orderLinesFetched(SINCE).size(), 1);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void customerPerOrderInAHelper(int n) {
    measure(n, "summaries (map(this::summarize), the helper reads the customer)",
        reports -> reports.summaries(SINCE).size(), 1 + n);
    measure(n, "summaryPage (Page.map(this::summarize), one page of 1000)",
        reports -> reports.summaryPage(0, 1000).getNumberOfElements(), 1 + n);
    measure(n, "summariesFetched (the same helper, join fetch)", reports -> reports.summariesFetched(SINCE).size(), 1);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void ordersOfOneCustomerShareItsProxy(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      long customerId = db.inTransaction(em -> seedOneCustomer(em, n, order -> {}));
      long statements = db.count(em -> reports(db, em).customerNamesOfOneCustomer(customerId).size());
      Witnesses.print("LazyLoadInLoop", "customerNamesOfOneCustomer (findByCustomerId, silent), N = " + n, statements);
      // The orders, then their one customer: the same whatever N is.
      assertEquals(2, statements);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void linesPerOrder(int n) {
    // Plus one select for the single product all lines share (LineItem.product is EAGER).
    measure(n, "lineCount (lineItems.size() per order)", reports -> reports.lineCount(SINCE), 2 + n);
    measure(n, "lineCountFetched (left join fetch o.lineItems)", reports -> reports.lineCountFetched(SINCE), 2);
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void linesPerOrderOfAReferencedCustomer(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      long customerId = db.inTransaction(
          em -> {
            Product product = new Product("p", BigDecimal.ONE, null);
            em.persist(product);
            return seedOneCustomer(em, n, order -> order.addLine(product, 1));
          });
      // The customer, its orders, the one product every line shares (LineItem.product is EAGER),
      // then one select of lines per order.
      long flagged = db.count(em -> assertEquals(n, reports(db, em).lineCountOfCustomer(customerId)));
      Witnesses.print("LazyLoadInLoop", "lineCountOfCustomer (getReference, then orders, then lines per order), N = " + n, flagged);
      assertEquals(3 + n, flagged);
      long fixed = db.count(em -> assertEquals(n, reports(db, em).lineCountOfCustomerFetched(customerId)));
      Witnesses.print("LazyLoadInLoop", "lineCountOfCustomerFetched (join fetch of the lines), N = " + n, fixed);
      assertEquals(2, fixed);
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void ordersOfATagThenEachOrdersTags(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      long[] tags = db.inTransaction(
          em -> {
            Tag flagged = new Tag("flagged");
            Tag fixed = new Tag("fixed");
            em.persist(flagged);
            em.persist(fixed);
            seedOneCustomer(em, n, order -> {
              order.getTags().add(flagged);
              order.getTags().add(fixed);
            });
            return new long[] {flagged.getId(), fixed.getId()};
          });
      // Reads of the join table (JPA's default name): the tag's orders once, then each order's own tags.
      db.count(em -> reports(db, em).untag(tags[0]));
      long flagged = db.log().selectsFrom("purchase_order_Tag");
      Witnesses.print("LazyLoadInLoop", "untag (tag.getOrders(), then order.getTags() per order), selects of the join table, N = " + n, flagged);
      assertEquals(1 + n, flagged);
      db.count(em -> reports(db, em).untagFetched(tags[1]));
      long fixed = db.log().selectsFrom("purchase_order_Tag");
      Witnesses.print("LazyLoadInLoop", "untagFetched (the orders with their tags in one query), selects of the join table, N = " + n, fixed);
      assertEquals(1, fixed);
      long links = db.inTransaction(em -> em.createQuery(
          "select count(o) from PurchaseOrder o join o.tags t", Long.class).getSingleResult());
      assertEquals(0, links, "both tags should be off every order");
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void batchSizeDividesTheLoads(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      db.inTransaction(
          em -> {
            for (int i = 0; i < n; i++) {
              Supplier supplier = new Supplier();
              supplier.setName("s" + i);
              em.persist(supplier);
              em.persist(new SupplyContract(supplier, LocalDate.EPOCH.plusDays(1)));
            }
            return null;
          });
      long statements = db.count(em -> reports(db, em).supplierNames(LocalDate.EPOCH));
      Witnesses.print("LazyLoadInLoop", "supplierNames (@BatchSize(25) on Supplier), N = " + n, statements);
      // 1 query + ceil(N / 25) batch selects of suppliers, each with its EAGER contracts.
      long batches = (n + 24) / 25;
      assertEquals(batches, db.log().selectsFrom("supplier"));
    }
  }

  @ParameterizedTest(name = "N = {0}")
  @ValueSource(ints = {10, 100})
  void ordersFromATransactionCallbackOrByExample(int n) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      seedOrders(db, n);
      TransactionTemplate template = db.transactionTemplate();
      PurchaseOrderRepository orders = db.bean(PurchaseOrderRepository.class);
      List<Integer> sizes = new ArrayList<>();
      long callback = db.count(em -> sizes.add(new CustomerExports(template, em).customerNamesOfOrderEntities().size()));
      long fetched = db.count(em -> sizes.add(new CustomerExports(template, em).customerNamesOfOrderEntitiesFetched().size()));
      long example = db.count(em -> sizes.add(new CustomerExports(template, em).customerNamesOfOrdersPlacedAt(orders, null).size()));
      Witnesses.print("LazyLoadInLoop", "customerNamesOfOrderEntities (orders a TransactionTemplate callback returns), N = " + n, callback);
      Witnesses.print("LazyLoadInLoop", "customerNamesOfOrderEntitiesFetched (the callback's query fetches), N = " + n, fetched);
      Witnesses.print("LazyLoadInLoop", "customerNamesOfOrdersPlacedAt (findAll(Example)), N = " + n, example);
      assertEquals(1 + n, callback);
      assertEquals(1, fetched);
      assertEquals(1 + n, example);
      assertEquals(List.of(n, n, n), sizes);
    }
  }

  private static void measure(int n, String scenario, ToLongFunction<OrderReports> work, long expected) {
    try (ShopDatabase db = ShopDatabase.shop()) {
      seedOrders(db, n);
      long statements = db.count(em -> work.applyAsLong(reports(db, em)));
      Witnesses.print("LazyLoadInLoop", scenario + ", N = " + n, statements);
      assertEquals(expected, statements, scenario);
    }
  }

  /**
   * One customer with {@code n} orders a second apart, each handed to {@code eachOrder} before it
   * is persisted (its line items cascade with it); returns the customer's id.
   */
  private static long seedOneCustomer(jakarta.persistence.EntityManager em, int n, Consumer<PurchaseOrder> eachOrder) {
    Customer customer = new Customer("one", null);
    em.persist(customer);
    for (int i = 0; i < n; i++) {
      PurchaseOrder order = new PurchaseOrder(customer, SINCE.plusSeconds(1 + i));
      eachOrder.accept(order);
      em.persist(order);
    }
    return customer.getId();
  }

  private static OrderReports reports(ShopDatabase db, jakarta.persistence.EntityManager em) {
    return new OrderReports(db.bean(PurchaseOrderRepository.class), db.bean(SupplyContractRepository.class), em);
  }

  /** N orders, each with its own customer and two line items of one shared product. */
  private static void seedOrders(ShopDatabase db, int n) {
    db.inTransaction(
        em -> {
          Product product = new Product("p", BigDecimal.ONE, null);
          em.persist(product);
          for (int i = 0; i < n; i++) {
            Customer customer = new Customer("c" + i, null);
            em.persist(customer);
            PurchaseOrder order = new PurchaseOrder(customer, SINCE.plusSeconds(1 + i));
            em.persist(order);
            LineItem first = order.addLine(product, 1);
            LineItem second = order.addLine(product, 2);
            em.persist(first);
            em.persist(second);
          }
          return null;
        });
  }
}
