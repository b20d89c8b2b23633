package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Example;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the customer of each order, through Spring's TransactionTemplate: a loop inside the
 * template's callback runs per row like any other loop, and the entities a callback returns are
 * what its query loaded.
 */
public class CustomerExports {
  private final TransactionTemplate transactions;
  private final EntityManager entityManager;

  public CustomerExports(TransactionTemplate transactions, EntityManager entityManager) {
    this.transactions = transactions;
    this.entityManager = entityManager;
  }

  /** The order rows, then one native select of the customer's name per row: 1 + N. */
  public List<String> customerNamesOfOrders() {
    return transactions.execute(status -> {
      List<Tuple> rows = entityManager
          .createNativeQuery("select o.id as id, o.customer_id as customer from purchase_order o order by o.id", Tuple.class)
          .getResultList();
      List<String> names = new ArrayList<>();
      for (Tuple row : rows) {
        long customerId = ((Number) row.get("customer")).longValue();
        names.add((String) entityManager.createNativeQuery("select c.name from customer c where c.id = :id")
            .setParameter("id", customerId)
            .getSingleResult()); // expect: QueryInLoop
      }
      return names;
    });
  }

  /** Twin: the name joined in the first select, whatever the number of orders. */
  public List<String> customerNamesOfOrdersJoined() {
    return transactions.execute(status -> {
      List<Tuple> rows = entityManager
          .createNativeQuery("select o.id as id, c.name as name from purchase_order o join customer c on c.id = o.customer_id"
              + " order by o.id", Tuple.class)
          .getResultList();
      List<String> names = new ArrayList<>();
      for (Tuple row : rows) {
        names.add((String) row.get("name"));
      }
      return names;
    });
  }

  /** The orders a transaction callback returns, then each order's customer: 1 + N selects. */
  public List<String> customerNamesOfOrderEntities() {
    List<PurchaseOrder> orders = transactions.execute(status ->
        entityManager.createQuery("select o from PurchaseOrder o order by o.id", PurchaseOrder.class).getResultList());
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders) {
      names.add(order.getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }

  /** Twin: the callback's query fetches each order's customer. */
  public List<String> customerNamesOfOrderEntitiesFetched() {
    List<PurchaseOrder> orders = transactions.execute(status ->
        entityManager.createQuery("select o from PurchaseOrder o join fetch o.customer order by o.id", PurchaseOrder.class)
            .getResultList());
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders) {
      names.add(order.getCustomer().getName());
    }
    return names;
  }

  /** The orders placed at a time (every order when null), by example, then each customer: 1 + N. */
  public List<String> customerNamesOfOrdersPlacedAt(PurchaseOrderRepository orders, Instant placedAt) {
    List<String> names = new ArrayList<>();
    for (PurchaseOrder order : orders.findAll(Example.of(new PurchaseOrder(null, placedAt)))) {
      names.add(order.getCustomer().getName()); // expect: LazyLoadInLoop
    }
    return names;
  }
}
