package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.PanacheStubs;
import io.github.ormcheck.checker.testing.TxStubs;
import org.junit.jupiter.api.Test;

/** UnboundedLoopInTransaction, negatives first, in the order of the check's decisions. */
class UnboundedLoopInTransactionTest {
  private final CompilationTestHelper helper =
      TxStubs.add(CompilationTestHelper.newInstance(UnboundedLoopInTransaction.class, getClass()))
          .addSourceLines("org/springframework/data/repository/Repository.java",
              "package org.springframework.data.repository;",
              "public interface Repository<T, ID> {}")
          .addSourceLines("org/springframework/data/domain/Pageable.java",
              "package org.springframework.data.domain;",
              "public interface Pageable {}")
          .addSourceLines("org/springframework/data/domain/Page.java",
              "package org.springframework.data.domain;",
              "public interface Page<T> extends Iterable<T> { java.util.List<T> getContent(); }")
          .addSourceLines("org/springframework/data/domain/Limit.java",
              "package org.springframework.data.domain;",
              "public interface Limit {}")
          .addSourceLines("org/springframework/data/repository/CrudRepository.java",
              "package org.springframework.data.repository;",
              "public interface CrudRepository<T, ID> extends Repository<T, ID> {",
              "  Iterable<T> findAll();",
              "  Iterable<T> findAllById(Iterable<ID> ids);",
              "  java.util.Optional<T> findById(ID id);",
              "  <S extends T> S save(S entity);",
              "  void delete(T entity);",
              "}")
          .addSourceLines("shop/Customer.java",
              "package shop;",
              "import jakarta.persistence.*;",
              "@Entity public class Customer {",
              "  @Id Long id; String name; boolean active;",
              "  public Long getId() { return id; }",
              "  public String getName() { return name; }",
              "  public void setName(String name) { this.name = name; }",
              "  public void setActive(boolean active) { this.active = active; }",
              "}")
          .addSourceLines("shop/CustomerRepository.java",
              "package shop;",
              "import java.util.*;",
              "import org.springframework.data.domain.*;",
              "public interface CustomerRepository",
              "    extends org.springframework.data.repository.CrudRepository<Customer, Long> {",
              "  List<Customer> findByName(String name);",
              "  Page<Customer> findAll(Pageable page);",
              "  List<Customer> findTop100ByName(String name);",
              "  List<Customer> findByActive(boolean active, Limit limit);",
              "  java.util.stream.Stream<Customer> streamAllBy();",
              "  List<Customer> findAllByIdIn(Collection<Long> ids);",
              "  List<Customer> findAllWithOrdersByNameIn(String... names);",
              "  List<Customer> findAllByNameHash(byte[] hash);",
              "}");

  @Test
  void silentWhenBoundedReadOnlyOutsideATransactionOrWithoutWrites() {
    helper
        .addSourceLines("shop/Negatives.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.*;",
            "import org.springframework.data.domain.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Negatives {",
            "  CustomerRepository customers; EntityManager em; Pageable page; Limit limit;",
            "  void noTransaction() { for (Customer c : customers.findAll()) { c.setActive(false); } }",
            "  @Transactional(readOnly = true) public void readOnly() { for (Customer c : customers.findAll()) { c.setActive(false); } }",
            "  @Transactional public void noWrites(List<String> names) { for (Customer c : customers.findAll()) { names.add(c.getName()); } }",
            "  @Transactional public void paged() {",
            "    for (Customer c : customers.findAll(page)) { c.setActive(false); }",
            "    for (Customer c : customers.findTop100ByName(\"x\")) { c.setActive(false); }",
            "    for (Customer c : customers.findByActive(true, limit)) { c.setActive(false); }",
            "    // a filtered finder: bounded by its filter as far as the code shows",
            "    for (Customer c : customers.findByName(\"x\")) { c.setActive(false); }",
            "    for (Customer c : em.createQuery(\"select c from Customer c\", Customer.class).setMaxResults(500).getResultList()) {",
            "      c.setActive(false);",
            "    }",
            "    var query = em.createQuery(\"select c from Customer c\", Customer.class);",
            "    query.setMaxResults(500);",
            "    for (Customer c : query.getResultList()) { c.setActive(false); }",
            "  }",
            "  @Transactional public void notFromAQuery(List<Customer> given) { for (Customer c : given) { c.setActive(false); } }",
            "  @Transactional public void indexedAndIteratorLoopsThatOnlyRead(List<String> names) {",
            "    List<Customer> all = em.createQuery(\"select c from Customer c\", Customer.class).getResultList();",
            "    for (int i = 0; i < all.size(); i++) { names.add(all.get(i).getName()); }",
            "    Iterator<Customer> it = all.iterator();",
            "    while (it.hasNext()) { names.add(it.next().getName()); }",
            "  }",
            "  @Transactional(readOnly = true) public void indexedReadOnly() {",
            "    List<Customer> all = em.createQuery(\"select c from Customer c\", Customer.class).getResultList();",
            "    for (int i = 0; i < all.size(); i++) { all.get(i).setActive(false); }",
            "  }",
            "  @Transactional public void indexedOverABoundedPage() {",
            "    List<Customer> page = em.createQuery(\"select c from Customer c\", Customer.class).setMaxResults(500).getResultList();",
            "    for (int i = 0; i < page.size(); i++) { page.get(i).setActive(false); }",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void silentOverTheRowsOfValuesTheCallerGives() {
    // One batch the caller chose, not the table: findAllById, an In finder, an in :ids query.
    helper
        .addSourceLines("shop/Given.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Given {",
            "  CustomerRepository customers; EntityManager em;",
            "  @Transactional public void deactivate(List<Long> ids, String[] names) {",
            "    for (Customer c : customers.findAllById(ids)) { c.setActive(false); }",
            "    for (Customer c : customers.findAllByIdIn(ids)) { c.setActive(false); }",
            "    for (Customer c : customers.findAllWithOrdersByNameIn(names)) { c.setActive(false); }",
            "    for (Customer c : em.createQuery(\"select c from Customer c where c.id in :ids\", Customer.class)",
            "        .setParameter(\"ids\", ids).getResultList()) {",
            "      c.setActive(false);",
            "    }",
            "    var query = em.createQuery(\"select c from Customer c where c.id in (:ids)\", Customer.class);",
            "    query.setParameter(\"ids\", ids);",
            "    for (Customer c : query.getResultList()) { c.setActive(false); }",
            "  }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWritesPerElementOfAnUnboundedResult() {
    helper
        .addSourceLines("shop/Positives.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "import org.springframework.transaction.support.TransactionTemplate;",
            "class Positives {",
            "  CustomerRepository customers; EntityManager em; TransactionTemplate template;",
            "  @Transactional public void deactivateAll() {",
            "    // BUG: Diagnostic contains: deactivateAll loops over every row of CrudRepository.findAll and writes per element (Customer.setActive)",
            "    for (Customer c : customers.findAll()) {",
            "      c.setActive(false);",
            "    }",
            "  }",
            "  @Transactional public void saveEach() {",
            "    // BUG: Diagnostic contains: (CustomerRepository.save)",
            "    customers.findAll().forEach(c -> customers.save(c));",
            "  }",
            "  @Transactional public void byOneBinaryValue(byte[] hash) {",
            "    // A byte[] is one value, not a batch of them: every row with that hash.",
            "    // BUG: Diagnostic contains: byOneBinaryValue loops over every row of CustomerRepository.findAllByNameHash",
            "    for (Customer c : customers.findAllByNameHash(hash)) { c.setActive(false); }",
            "  }",
            "  @Transactional public void streamed() {",
            "    // BUG: Diagnostic contains: streamAllBy",
            "    customers.streamAllBy().forEach(c -> c.setName(\"x\"));",
            "  }",
            "  @Transactional public void jpql() {",
            "    List<Customer> all = em.createQuery(\"select c from Customer c\", Customer.class).getResultList();",
            "    // BUG: Diagnostic contains: without setMaxResults and writes per element (EntityManager.remove)",
            "    for (Customer c : all) {",
            "      em.remove(c);",
            "    }",
            "  }",
            "  @Transactional public void indexed() {",
            "    List<Customer> all = em.createQuery(\"select c from Customer c\", Customer.class).getResultList();",
            "    // BUG: Diagnostic contains: indexed loops over every row of the query \"select c from Customer c\" without setMaxResults and writes per element (Customer.setActive)",
            "    for (int i = 0; i < all.size(); i++) {",
            "      all.get(i).setActive(false);",
            "    }",
            "  }",
            "  @Transactional public void iterated() {",
            "    List<Customer> all = em.createQuery(\"select c from Customer c\", Customer.class).getResultList();",
            "    Iterator<Customer> it = all.iterator();",
            "    // BUG: Diagnostic contains: iterated loops over every row",
            "    while (it.hasNext()) {",
            "      Customer c = it.next();",
            "      em.remove(c);",
            "    }",
            "  }",
            "  public void programmatic() {",
            "    template.executeWithoutResult(status -> {",
            "      // BUG: Diagnostic contains: programmatic loops over every row",
            "      for (Customer c : customers.findAll()) { em.merge(c); }",
            "    });",
            "  }",
            "}")
        .doTest();
  }

  private static final String ARCHIVER =
      "package shop; interface Archiver { void archive(Customer c); void restore(Customer c); }";

  @Test
  void followsWritesIntoCalledMethods() {
    helper
        .addSourceLines("shop/Archiver.java", ARCHIVER)
        .addSourceLines("shop/RepositoryArchiver.java",
            "package shop;",
            "class RepositoryArchiver implements Archiver {",
            "  CustomerRepository customers;",
            "  public void archive(Customer c) { customers.save(c); }",
            "  public void restore(Customer c) {}",
            "}")
        .addSourceLines("shop/Helpers.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Helpers {",
            "  CustomerRepository customers; Archiver archiver;",
            "  @Transactional public void deactivateAll() {",
            "    // BUG: Diagnostic contains: writes per element (deactivate -> mark -> Customer.setActive)",
            "    for (Customer c : customers.findAll()) {",
            "      deactivate(c);",
            "    }",
            "  }",
            "  @Transactional public void archiveAll() {",
            "    // BUG: Diagnostic contains: writes per element (archive -> CustomerRepository.save)",
            "    customers.findAll().forEach(c -> archiver.archive(c));",
            "  }",
            "  @Transactional public void throughThis() {",
            "    // BUG: Diagnostic contains: writes per element (archiveOne -> CustomerRepository.save)",
            "    for (Customer c : customers.findAll()) { archiveOne(c); }",
            "  }",
            "  // REQUIRES_NEW does nothing through this: the save grows the caller's transaction.",
            "  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)",
            "  public void archiveOne(Customer c) { customers.save(c); }",
            "  private void deactivate(Customer c) { mark(c, false); }",
            "  private void mark(Customer c, boolean active) { c.setActive(active); }",
            "}")
        .doTest();
  }

  @Test
  void silentWhenCalledMethodsDoNotWriteToThisTransaction() {
    helper
        .addSourceLines("shop/Archiver.java", ARCHIVER)
        .addSourceLines("shop/RepositoryArchiver.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class RepositoryArchiver implements Archiver {",
            "  CustomerRepository customers;",
            "  // Each element in a transaction of its own: the caller's does not grow.",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW)",
            "  public void archive(Customer c) { customers.save(c); }",
            "  public void restore(Customer c) { customers.save(c); }",
            "}")
        .addSourceLines("shop/OtherArchiver.java",
            "package shop;",
            "class OtherArchiver implements Archiver {",
            "  public void archive(Customer c) {}",
            "  public void restore(Customer c) {}",
            "}")
        .addSourceLines("shop/Helpers.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Helpers {",
            "  CustomerRepository customers; RepositoryArchiver archiver; Archiver anyArchiver;",
            "  @Transactional public void copies(List<Customer> copies) {",
            "    for (Customer c : customers.findAll()) { copies.add(copyOf(c)); }",
            "  }",
            "  @Transactional public void perElementTransactions() {",
            "    for (Customer c : customers.findAll()) { archiver.archive(c); }",
            "  }",
            "  @Transactional public void twoImplementations() {",
            "    for (Customer c : customers.findAll()) { anyArchiver.restore(c); }",
            "  }",
            "  Marker marker;",
            "  @Transactional public void overridden() {",
            "    for (Customer c : customers.findAll()) { marker.mark(c); }",
            "  }",
            "  // A Marker field may hold the subclass that writes nothing.",
            "  static class Marker { void mark(Customer c) { c.setActive(false); } }",
            "  static class DryRunMarker extends Marker { @Override void mark(Customer c) {} }",
            "  @Transactional public void readsOnly(List<String> names) {",
            "    for (Customer c : customers.findAll()) { names.add(nameOf(c)); }",
            "  }",
            "  // A new entity, not managed until someone saves it.",
            "  private Customer copyOf(Customer c) { Customer copy = new Customer(); copy.setName(c.getName()); return copy; }",
            "  private String nameOf(Customer c) { return c.getName(); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void settersCountOnlyOnManagedEntities() {
    helper
        .addSourceLines("shop/Imports.java",
            "package shop;",
            "import java.util.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Imports {",
            "  CustomerRepository customers;",
            "  // Entities read from a file: not managed, their setters write nothing.",
            "  @Transactional public List<Customer> download() {",
            "    List<Customer> result = new ArrayList<>();",
            "    for (Customer source : customers.findAll()) {",
            "      List<Customer> parsed = parse(source.getName());",
            "      for (Customer c : parsed) { c.setName(source.getName()); }",
            "      parsed.forEach(c -> c.setActive(true));",
            "      Customer fresh = new Customer();",
            "      fresh.setName(source.getName());",
            "      new Customer().setActive(false);",
            "      Customer draft = new Customer();",
            "      fill(draft, source);",
            "      Optional.of(source).map(x -> new Customer()).ifPresent(c -> c.setActive(true));",
            "      result.addAll(parsed);",
            "    }",
            "    return result;",
            "  }",
            "  private List<Customer> parse(String text) { return new ArrayList<>(); }",
            "  // A setter on a parameter writes only if the caller passes a managed entity.",
            "  private void fill(Customer target, Customer from) { target.setName(from.getName()); }",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void settersOnElementsAndOnWhatTheBodyLoads() {
    helper
        .addSourceLines("shop/Managed.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import java.util.*;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Managed {",
            "  CustomerRepository customers; EntityManager em;",
            "  @Transactional public void found() {",
            "    // BUG: Diagnostic contains: writes per element (Customer.setActive)",
            "    for (Customer c : customers.findAll()) {",
            "      Customer twin = customers.findById(c.getId() + 1).orElseThrow();",
            "      twin.setActive(false);",
            "    }",
            "  }",
            "  @Transactional public void iterated() {",
            "    Iterator<Customer> it = customers.findAll().iterator();",
            "    // BUG: Diagnostic contains: writes per element (Customer.setName)",
            "    while (it.hasNext()) {",
            "      Customer c = it.next();",
            "      c.setName(c.getName().trim());",
            "    }",
            "  }",
            "  @Transactional public void filtered() {",
            "    // BUG: Diagnostic contains: writes per element (Customer.setActive)",
            "    customers.streamAllBy().filter(c -> c.getName() == null).forEach(c -> c.setActive(false));",
            "  }",
            "  @Transactional public void helperOnTheElement() {",
            "    // BUG: Diagnostic contains: writes per element (rename -> Customer.setName)",
            "    for (Customer c : customers.findAll()) { rename(c, \"x\"); }",
            "  }",
            "  private void rename(Customer c, String name) { c.setName(name); }",
            "  @Transactional public void wrapped() {",
            "    // BUG: Diagnostic contains: writes per element (Customer.setActive)",
            "    customers.findAll().forEach(c -> Optional.ofNullable(c).ifPresent(d -> d.setActive(false)));",
            "  }",
            "  @Transactional public void cast() {",
            "    // BUG: Diagnostic contains: writes per element (Customer.setActive)",
            "    for (Object o : customers.findAll()) { ((Customer) o).setActive(false); }",
            "  }",
            "}")
        .doTest();
  }

  @Test
  void enterpriseBeanBusinessMethodsRunInATransaction() {
    TxStubs.addEnterpriseBeans(helper)
        .addSourceLines("shop/CustomerBean.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "import jakarta.persistence.EntityManager;",
            "@Stateless public class CustomerBean {",
            "  EntityManager em; Archiver archiver;",
            "  public void deactivateAll() {",
            "    // BUG: Diagnostic contains: deactivateAll loops over every row of the query \"select c from Customer c\" without setMaxResults and writes per element (Customer.setActive)",
            "    for (Customer c : em.createQuery(\"select c from Customer c\", Customer.class).getResultList()) {",
            "      c.setActive(false);",
            "    }",
            "  }",
            "  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) public void outside() {",
            "    for (Customer c : em.createQuery(\"select c from Customer c\", Customer.class).getResultList()) {",
            "      c.setActive(false);",
            "    }",
            "  }",
            "  public void perElementTransactions() {",
            "    for (Customer c : em.createQuery(\"select c from Customer c\", Customer.class).getResultList()) {",
            "      archiver.archive(c);",
            "    }",
            "  }",
            "}")
        .addSourceLines("shop/Archiver.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Stateless public class Archiver {",
            "  jakarta.persistence.EntityManager em;",
            "  // Each element in a transaction of its own: the caller's does not grow.",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) public void archive(Customer c) { em.merge(c); }",
            "}")
        .doTest();
  }

  @Test
  void panacheSelectsAndWrites() {
    PanacheStubs.add(helper)
        .addSourceLines("shop/Person.java",
            "package shop;",
            "@jakarta.persistence.Entity public class Person extends io.quarkus.hibernate.orm.panache.PanacheEntity {",
            "  public String name; public String status;",
            "  @jakarta.persistence.Transient public String display;",
            "}")
        .addSourceLines("shop/PersonRepository.java",
            "package shop;",
            "public class PersonRepository implements io.quarkus.hibernate.orm.panache.PanacheRepository<Person> {}")
        .addSourceLines("shop/People.java",
            "package shop;",
            "import jakarta.transaction.Transactional;",
            "import java.util.List;",
            "class People {",
            "  PersonRepository people;",
            "  @Transactional public void archiveAll() {",
            "    List<Person> all = Person.listAll();",
            "    // BUG: Diagnostic contains: archiveAll loops over every row of Person.listAll without page or range and writes per element (Person.status =)",
            "    for (Person p : all) {",
            "      p.status = \"archived\";",
            "    }",
            "  }",
            "  @Transactional public void copyAll() {",
            "    List<Person> active = Person.find(\"status\", \"active\").list();",
            "    // BUG: Diagnostic contains: writes per element (PersonRepository.persist)",
            "    for (Person p : active) {",
            "      Person copy = new Person();",
            "      copy.name = p.name;",
            "      people.persist(copy);",
            "    }",
            "  }",
            "  @Transactional public void transientOnly() {",
            "    List<Person> all = Person.listAll();",
            "    for (Person p : all) {",
            "      p.display = p.name;",
            "    }",
            "  }",
            "  @Transactional(Transactional.TxType.SUPPORTS) public void maybeInOne() {",
            "    List<Person> all = Person.listAll();",
            "    for (Person p : all) {",
            "      p.status = \"seen\";",
            "    }",
            "  }",
            "  @Transactional public void onePage() {",
            "    List<Person> page = Person.find(\"status\", \"active\").page(0, 100).list();",
            "    for (Person p : page) {",
            "      p.status = \"seen\";",
            "    }",
            "  }",
            "  @Transactional public void readsOnly(List<String> names) {",
            "    List<Person> all = Person.listAll();",
            "    for (Person p : all) {",
            "      names.add(p.name);",
            "      // A new entity's field: not managed, not a write.",
            "      Person copy = new Person();",
            "      copy.name = p.name;",
            "    }",
            "  }",
            "}")
        .doTest();
  }
}
