package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.LineItem;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.SupplyContract;
import io.github.ormcheck.corpus.shop.Tag;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.repository.SupplyContractRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** Reports over orders: the N+1 cases of LazyLoadInLoop and their fixed twins. */
public class OrderReports {
  static final String RECENT_ORDERS = "select o from PurchaseOrder o where o.placedAt > :since";
  static final String RECENT_ORDERS_WITH_CUSTOMER =
      "select o from PurchaseOrder o" + " join fetch o.customer" + " where o.placedAt > :since";

  private final PurchaseOrderRepository orders;
  private final SupplyContractRepository contracts;
  private final EntityManager entityManager;

  public OrderReports(
      PurchaseOrderRepository orders, SupplyContractRepository contracts, EntityManager entityManager) {
    this.orders = orders;
    this.contracts = contracts;
    this.entityManager = entityManager;
  }

  /** The classic: a derived query, then each order's customer: 1 + N. */
  public List<String> customerNames(Instant since) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findByPlacedAtAfter(since)) {
      names.add(order.getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }

  /** A summary per order, built by a helper that reads the customer: still 1 + N. */
  public List<OrderSummary> summaries(Instant since) {
    return orders.findByPlacedAtAfter(since).stream()
        .map(this::summarize) // expect: LazyLoadInLoop
        .toList();
  }

  /** The same helper over orders fetched with their customers: silent. */
  public List<OrderSummary> summariesFetched(Instant since) {
    return orders.findRecentWithCustomer(since).stream().map(this::summarize).toList();
  }

  /** A page of orders mapped by the helper (Spring Data's Page.map): 1 + N per page. */
  public Page<OrderSummary> summaryPage(int page, int size) {
    return orders.findAll(PageRequest.of(page, size)).map(this::summarize); // expect: LazyLoadInLoop
  }

  private OrderSummary summarize(PurchaseOrder order) {
    return new OrderSummary(order.getId(), order.getPlacedAt(), order.getCustomer().getName());
  }

  /** What a page of the order list shows. */
  public record OrderSummary(Long id, Instant placedAt, String customer) {}

  /** Fixed with a fetch join: silent. */
  public List<String> customerNamesFetched(Instant since) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findRecentWithCustomer(since)) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** Fixed with an entity graph: silent. */
  public List<String> customerNamesByGraph(Instant until) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findByPlacedAtBefore(until)) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** A plain join filters on the customer but does not fetch it: still 1 + N. */
  public List<String> customerNamesJoinedNotFetched(String name) {
    List<String> names = new ArrayList<>();
    List<PurchaseOrder> found = orders.findByCustomerName(name);
    for (PurchaseOrder order : found) {
      names.add(order.getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }

  /**
   * The orders of one customer: they all share that customer's proxy, so it loads once, not once
   * per order: silent.
   */
  public List<String> customerNamesOfOneCustomer(long customerId) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findByCustomerIdOrderByPlacedAtAsc(customerId)) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /**
   * One line of text per order, the customer concatenated as it is: its toString initializes the
   * proxy, so 1 + N.
   */
  public List<String> orderLines(Instant since) {
    List<String> lines = new ArrayList<>();
    for (PurchaseOrder order : orders.findByPlacedAtAfter(since)) {
      lines.add("order " + order.getId() + " for " + order.getCustomer()); // expect: LazyLoadInLoop
    }
    return lines;
  }

  /** The same lines over orders fetched with their customers: silent. */
  public List<String> orderLinesFetched(Instant since) {
    List<String> lines = new ArrayList<>();
    for (PurchaseOrder order : orders.findRecentWithCustomer(since)) {
      lines.add("order " + order.getId() + " for " + order.getCustomer());
    }
    return lines;
  }

  /** Reading only the customer's id does not initialize the proxy: silent. */
  public List<Long> customerIds(Instant since) {
    List<Long> ids = new ArrayList<>();
    for (PurchaseOrder order : orders.findByPlacedAtAfter(since)) {
      ids.add(order.getCustomer().getId());
    }
    return ids;
  }

  /** A stream with method references: the customer is initialized by getName. */
  public Set<String> customerNamesStream(Instant since) {
    return orders.findByPlacedAtAfter(since).stream()
        .map(PurchaseOrder::getCustomer)
        .map(Customer::getName) // expect: LazyLoadInLoop
        .collect(Collectors.toSet());
  }

  /** Mapping to the customer references alone initializes nothing: silent. */
  public Set<Customer> distinctCustomers(Instant since) {
    return orders.findByPlacedAtAfter(since).stream()
        .map(PurchaseOrder::getCustomer)
        .collect(Collectors.toSet());
  }

  /** Sizing a lazy collection per element loads it: 1 + N. */
  public int lineCount(Instant since) {
    int count = 0;
    for (PurchaseOrder order : orders.findByPlacedAtAfter(since)) {
      count += order.getLineItems().size(); // expect: LazyLoadInLoop
    }
    return count;
  }

  /** The same with the collection fetched: silent. */
  public int lineCountFetched(Instant since) {
    int count = 0;
    for (PurchaseOrder order : orders.findRecentWithLines(since)) {
      count += order.getLineItems().size();
    }
    return count;
  }

  /**
   * One customer's orders through a reference (a proxy that loads on first use), then each
   * order's lines: 1 + N.
   */
  public int lineCountOfCustomer(long customerId) {
    Customer customer = entityManager.getReference(Customer.class, customerId);
    int count = 0;
    for (PurchaseOrder order : customer.getOrders()) {
      count += order.getLineItems().size(); // expect: LazyLoadInLoop
    }
    return count;
  }

  /** The same orders with their lines in one query: silent. */
  public int lineCountOfCustomerFetched(long customerId) {
    int count = 0;
    for (PurchaseOrder order : entityManager.createQuery(
            "select distinct o from PurchaseOrder o left join fetch o.lineItems where o.customer.id = :id",
            PurchaseOrder.class)
        .setParameter("id", customerId)
        .getResultList()) {
      count += order.getLineItems().size();
    }
    return count;
  }

  /**
   * Takes a tag off every order that has it, from the tag's side: the other side of a
   * many-to-many is each order's own collection, loaded once per order: 1 + N.
   */
  public void untag(long tagId) {
    Tag tag = entityManager.getReference(Tag.class, tagId);
    tag.getOrders().forEach(order -> order.getTags().remove(tag)); // expect: LazyLoadInLoop
  }

  /** The same with every order's tags loaded in one query first: silent. */
  public void untagFetched(long tagId) {
    Tag tag = entityManager.getReference(Tag.class, tagId);
    entityManager.createQuery(
            "select distinct o from PurchaseOrder o left join fetch o.tags"
                + " where o.id in (select t.id from PurchaseOrder t join t.tags g where g.id = :tag)",
            PurchaseOrder.class)
        .setParameter("tag", tagId)
        .getResultList()
        .forEach(order -> order.getTags().remove(tag));
  }

  /** Nested: the line items are fetched, their tags through the order are not. */
  public List<String> tagLabels(Instant since) {
    List<String> labels = new ArrayList<>();
    for (PurchaseOrder order : orders.findRecentWithLines(since)) {
      for (LineItem line : order.getLineItems()) {
        labels.add(line.getOrder().getPlacedAt().toString());
      }
      for (Tag tag : order.getTags()) { // expect: LazyLoadInLoop
        labels.add(tag.getLabel());
      }
    }
    return labels;
  }

  /** The origin is a parameter: the caller decides what is loaded, so the rule cannot tell. */
  public List<String> customerNamesOf(List<PurchaseOrder> given) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : given) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** JPQL through the EntityManager, from a constant: 1 + N. */
  public List<String> customerNamesJpql(Instant since) {
    List<PurchaseOrder> recent =
        entityManager.createQuery(RECENT_ORDERS, PurchaseOrder.class).setParameter("since", since).getResultList();
    List<String> names = new ArrayList<>();
    Iterator<PurchaseOrder> iterator = recent.iterator();
    while (iterator.hasNext()) {
      names.add(iterator.next().getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }

  /** The same query with a fetch join, from a constant concatenation: silent. */
  public List<String> customerNamesJpqlFetched(Instant since) {
    List<PurchaseOrder> recent =
        entityManager
            .createQuery(RECENT_ORDERS_WITH_CUSTOMER, PurchaseOrder.class)
            .setParameter("since", since)
            .getResultList();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < recent.size(); i++) {
      names.add(recent.get(i).getCustomer().getName());
    }
    return names;
  }

  /** Indexed loop over a derived query: 1 + N. */
  public List<String> customerNamesIndexed(Instant since) {
    List<PurchaseOrder> recent = orders.findByPlacedAtAfter(since);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < recent.size(); i++) {
      names.add(recent.get(i).getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }

  /** forEach with a lambda over a stream query: 1 + N. */
  public List<String> customerNamesForEach(Instant since) {
    List<String> names = new ArrayList<>();
    try (Stream<PurchaseOrder> stream = orders.streamByPlacedAtAfter(since)) {
      stream.forEach(order -> names.add(order.getCustomer().getName())); // expect: LazyLoadInLoop
    }
    return names;
  }

  /** Suppliers are batch-fetched (@BatchSize on the class): N / 25 selects, silent. */
  public List<String> supplierNames(LocalDate date) {
    List<String> names = new ArrayList<>();
    for (SupplyContract contract : contracts.findByValidUntilAfter(date)) {
      names.add(contract.getSupplier().getName());
    }
    return names;
  }

  /** Through a private helper that runs the query: 1 + N. */
  public List<String> customerNamesViaHelper(Instant since) {
    List<String> names = new ArrayList<>();
    recentOrders(since).forEach(order -> names.add(order.getCustomer().getName())); // expect: LazyLoadInLoop
    return names;
  }

  private List<PurchaseOrder> recentOrders(Instant since) {
    return orders.findByPlacedAtAfter(since);
  }

  /** A single order's lines, back to their order: the order is already loaded, silent. */
  public List<String> linesOfOne(long orderId) {
    PurchaseOrder order = entityManager.find(PurchaseOrder.class, orderId);
    List<String> placed = new ArrayList<>();
    for (LineItem line : order.getLineItems()) {
      placed.add(line.getOrder().getPlacedAt().toString());
    }
    return placed;
  }
}
