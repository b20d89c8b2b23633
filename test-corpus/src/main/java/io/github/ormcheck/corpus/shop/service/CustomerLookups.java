package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Looks customers up by id or name: the query-per-element cases of QueryInLoop and their batched twins. */
public class CustomerLookups {
  static final String ORDER_COUNT_BY_NAME =
      "select count(o) from PurchaseOrder o where o.customer.name = :name";
  static final String ORDER_COUNTS_BY_NAMES =
      "select o.customer.name, count(o) from PurchaseOrder o where o.customer.name in :names"
          + " group by o.customer.name";
  private static final int MAX_ATTEMPTS = 3;
  private static final int CHUNK = 500;

  private final CustomerRepository customers;
  private final PurchaseOrderRepository orders;
  private final EntityManager entityManager;

  public CustomerLookups(CustomerRepository customers, PurchaseOrderRepository orders, EntityManager entityManager) {
    this.customers = customers;
    this.orders = orders;
    this.entityManager = entityManager;
  }

  /** The classic: one findById per id, N selects. */
  public List<String> namesOf(List<Long> customerIds) {
    List<String> names = new ArrayList<>();
    for (Long id : customerIds) {
      customers.findById(id).map(Customer::getName).ifPresent(names::add); // expect: QueryInLoop
    }
    return names;
  }

  /** Fixed: one findAllById before the loop and a Map lookup inside it. */
  public List<String> namesOfBatched(List<Long> customerIds) {
    Map<Long, Customer> byId =
        customers.findAllById(customerIds).stream().collect(Collectors.toMap(Customer::getId, Function.identity()));
    List<String> names = new ArrayList<>();
    for (Long id : customerIds) {
      Customer customer = byId.get(id);
      if (customer != null) {
        names.add(customer.getName());
      }
    }
    return names;
  }

  /** The same through a stream and a method reference. */
  public List<String> namesOfStream(List<Long> customerIds) {
    return customerIds.stream()
        .map(customers::findById) // expect: QueryInLoop
        .flatMap(Optional::stream)
        .map(Customer::getName)
        .collect(Collectors.toList());
  }

  /** The EntityManager's find, N selects. */
  public List<String> namesByFind(List<Long> customerIds) {
    List<String> names = new ArrayList<>();
    for (Long id : customerIds) {
      Customer customer = entityManager.find(Customer.class, id); // expect: QueryInLoop
      if (customer != null) {
        names.add(customer.getName());
      }
    }
    return names;
  }

  /** A JPQL count per name. */
  public Map<String, Long> orderCounts(List<String> names) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Long count = entityManager.createQuery(ORDER_COUNT_BY_NAME, Long.class)
          .setParameter("name", name)
          .getSingleResult(); // expect: QueryInLoop
      counts.put(name, count);
    }
    return counts;
  }

  /** Fixed: one grouped query with 'in :names'. */
  public Map<String, Long> orderCountsBatched(List<String> names) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Object[] row : entityManager.createQuery(ORDER_COUNTS_BY_NAMES, Object[].class)
        .setParameter("names", names)
        .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    for (String name : names) {
      counts.putIfAbsent(name, 0L);
    }
    return counts;
  }

  /** The query is in a helper the loop calls per name: still one select per name. */
  public Map<String, Long> orderCountsByHelper(List<String> names) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (String name : names) {
      counts.put(name, orderCount(name)); // expect: QueryInLoop
    }
    return counts;
  }

  /**
   * The helper is written the usual DAO way: the query in a local variable, its parameter set in
   * a statement of its own. Still one select per name.
   */
  public Map<String, Long> orderCountsByDaoHelper(List<String> names) {
    Map<String, Long> counts = new java.util.HashMap<>();
    for (String name : names) {
      counts.put(name, countOrdersOf(name)); // expect: QueryInLoop
    }
    return counts;
  }

  /**
   * Each loaded customer looked up again by its own id: the persistence context holds it, so the
   * lookups select nothing. Silent.
   */
  public List<String> namesOfLoaded(List<String> names) {
    List<String> found = new ArrayList<>();
    for (Customer customer : customers.findByNameIn(names)) {
      found.add(nameOf(customer.getId()));
    }
    return found;
  }

  private long orderCount(String name) {
    return entityManager.createQuery(ORDER_COUNT_BY_NAME, Long.class).setParameter("name", name).getSingleResult();
  }

  private long countOrdersOf(String name) {
    TypedQuery<Long> query = entityManager.createQuery(ORDER_COUNT_BY_NAME, Long.class);
    query.setParameter("name", name);
    return query.getSingleResult();
  }

  private String nameOf(Long id) {
    return customers.findById(id).map(Customer::getName).orElse("");
  }

  /** Which of the names are taken: one exists query per array element. */
  public List<String> takenNames(String[] candidates) {
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < candidates.length; i++) {
      if (customers.existsByName(candidates[i])) { // expect: QueryInLoop
        taken.add(candidates[i]);
      }
    }
    return taken;
  }

  /** Fixed: one 'in' query for all candidates. */
  public List<String> takenNamesBatched(List<String> candidates) {
    List<String> taken = new ArrayList<>();
    for (Customer customer : customers.findByNameIn(candidates)) {
      taken.add(customer.getName());
    }
    return taken;
  }

  /** Chunks of ids, one batched query per chunk: the intended shape of a large lookup, silent. */
  public int countExisting(List<Long> customerIds) {
    int found = 0;
    for (int from = 0; from < customerIds.size(); from += CHUNK) {
      List<Long> chunk = customerIds.subList(from, Math.min(from + CHUNK, customerIds.size()));
      found += customers.findAllById(chunk).size();
    }
    return found;
  }

  /** getReferenceById to set an association reads no row: only the inserts, silent. */
  public void placeOrders(List<Long> customerIds, Instant at) {
    for (Long id : customerIds) {
      orders.save(new PurchaseOrder(customers.getReferenceById(id), at));
    }
  }

  /** A retry loop with a constant bound is not a loop over elements: silent. */
  public Optional<Customer> findWithRetry(String name) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Optional<Customer> customer = customers.findByName(name);
      if (customer.isPresent()) {
        return customer;
      }
    }
    return Optional.empty();
  }

  /** Writes per element select nothing (the flush sends the updates): silent. */
  public void store(List<Customer> loaded) {
    for (Customer customer : loaded) {
      customers.save(customer);
    }
  }
}
