package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Batch maintenance over whole tables: UnboundedLoopInTransaction's cases, and the chunked and
 * bulk versions that must stay silent.
 */
public class CustomerMaintenance {
  private static final int CHUNK = 500;

  private final CustomerRepository customers;
  private final EntityManager entityManager;

  public CustomerMaintenance(CustomerRepository customers, EntityManager entityManager) {
    this.customers = customers;
    this.entityManager = entityManager;
  }

  /** Every customer, changed one by one, in one transaction. */
  @Transactional
  public void normalizeNames() {
    for (Customer customer : customers.findAll()) { // expect: UnboundedLoopInTransaction
      customer.setName(customer.getName().trim().toUpperCase(Locale.ROOT));
    }
  }

  /** The same, by index over the list. */
  @Transactional
  public void normalizeNamesByIndex() {
    List<Customer> all = customers.findAll();
    for (int i = 0; i < all.size(); i++) { // expect: UnboundedLoopInTransaction
      all.get(i).setName(all.get(i).getName().strip());
    }
  }

  /** The write is in a helper the loop calls per customer. */
  @Transactional
  public void anonymizeAll() {
    for (Customer customer : customers.findAll()) { // expect: UnboundedLoopInTransaction
      anonymize(customer);
    }
  }

  /** Every old order removed one by one through a JPQL stream, in one transaction. */
  @Transactional
  public void purgeOrdersBefore(Instant cutoff) {
    entityManager
        .createQuery("select o from PurchaseOrder o where o.placedAt < :cutoff", PurchaseOrder.class)
        .setParameter("cutoff", cutoff)
        .getResultStream()
        .forEach(order -> entityManager.remove(order)); // expect: UnboundedLoopInTransaction
  }

  /** Fixed: one chunk per call, each call its own transaction; the caller loops over pages. Silent. */
  @Transactional
  public boolean normalizeNamesChunk(int page) {
    Page<Customer> chunk = customers.findAll(PageRequest.of(page, CHUNK));
    for (Customer customer : chunk) {
      customer.setName(customer.getName().trim().toUpperCase(Locale.ROOT));
    }
    return chunk.hasNext();
  }

  /**
   * Twin: only the customers whose ids the caller gives, a batch it chose, however large the
   * table. Silent.
   */
  @Transactional
  public void normalizeNamesOf(List<Long> ids) {
    for (Customer customer : entityManager
        .createQuery("select c from Customer c where c.id in :ids", Customer.class)
        .setParameter("ids", ids)
        .getResultList()) {
      customer.setName(customer.getName().trim().toUpperCase(Locale.ROOT));
    }
  }

  /** Fixed: one bulk statement instead of a loop. Silent. */
  @Transactional
  public int purgeOrdersBeforeInBulk(Instant cutoff) {
    return entityManager
        .createQuery("delete from PurchaseOrder o where o.placedAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }

  /** Fixed: a bounded JPQL chunk. Silent. */
  @Transactional
  public void purgeOldestOrders(Instant cutoff) {
    for (PurchaseOrder order :
        entityManager
            .createQuery("select o from PurchaseOrder o where o.placedAt < :cutoff order by o.placedAt", PurchaseOrder.class)
            .setParameter("cutoff", cutoff)
            .setMaxResults(CHUNK)
            .getResultList()) {
      entityManager.remove(order);
    }
  }

  /** Fixed: an iterator over one chunk. Silent. */
  @Transactional
  public boolean stripNamesChunk(int page) {
    Page<Customer> chunk = customers.findAll(PageRequest.of(page, CHUNK));
    java.util.Iterator<Customer> it = chunk.iterator();
    while (it.hasNext()) {
      Customer customer = it.next();
      customer.setName(customer.getName().strip());
    }
    return chunk.hasNext();
  }

  /** Fixed: the same helper over one chunk per transaction. Silent. */
  @Transactional
  public boolean anonymizeChunk(int page) {
    Page<Customer> chunk = customers.findAll(PageRequest.of(page, CHUNK));
    for (Customer customer : chunk) {
      anonymize(customer);
    }
    return chunk.hasNext();
  }

  /** Reads every row and builds detached copies through a helper, writing nothing. Silent. */
  @Transactional
  public List<Customer> detachedCopies() {
    List<Customer> copies = new ArrayList<>();
    for (Customer customer : customers.findAll()) {
      copies.add(copyOf(customer));
    }
    return copies;
  }

  /**
   * Reads every row and fills new customers, one per row, that nobody persists: their setters
   * write nothing. Silent.
   */
  @Transactional
  public List<Customer> draftsFromNames() {
    List<Customer> drafts = new ArrayList<>();
    for (Customer customer : customers.findAll()) {
      Customer draft = new Customer(customer.getName(), customer.getAddress());
      draft.setName(draft.getName().toLowerCase(Locale.ROOT));
      drafts.add(draft);
    }
    return drafts;
  }

  private void anonymize(Customer customer) {
    customer.setName("customer-" + customer.getId());
  }

  private static Customer copyOf(Customer customer) {
    Customer copy = new Customer(customer.getName(), customer.getAddress());
    copy.setName(copy.getName().strip());
    return copy;
  }

  /** Reads every row but writes nothing: not this rule's business. Silent. */
  @Transactional
  public List<String> allNames() {
    List<String> names = new ArrayList<>();
    for (Customer customer : customers.findAll()) {
      names.add(customer.getName());
    }
    return names;
  }
}
