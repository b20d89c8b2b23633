package io.github.ormcheck.checker.bugpatterns;

import com.google.errorprone.CompilationTestHelper;
import io.github.ormcheck.checker.testing.TxStubs;
import org.junit.jupiter.api.Test;

/** TransactionalSelfInvocation, negatives first, in the order of the check's decisions. */
class TransactionalSelfInvocationTest {
  private final CompilationTestHelper helper =
      TxStubs.add(CompilationTestHelper.newInstance(TransactionalSelfInvocation.class, getClass()));

  @Test
  void silentWhenNothingIsLost() {
    helper
        .addSourceLines("shop/Imports.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class Imports {",
            "  Imports self; Other other;",
            "  static void staticHelper() {}",
            "  void plain() {}",
            "  @Transactional public void a() {",
            "    b();",
            "    this.b();",
            "    plain();",
            "    staticHelper();",
            "    supports();",
            "    mandatory();",
            "  }",
            "  @Transactional public void b() {}",
            "  @Transactional(propagation = Propagation.SUPPORTS) public void supports() {}",
            "  @Transactional(propagation = Propagation.MANDATORY) public void mandatory() {}",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW) public void isolated() {}",
            "  public void viaProxy() {",
            "    self.isolated();",
            "    other.work();",
            "    notSupported();",
            "  }",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void notSupported() {}",
            "  // private helpers take their callers' context, which is not known here",
            "  private void helper() { isolated(); }",
            "  // private @Transactional is IneffectiveTransactional's business",
            "  public void callsPrivate() { privateTx(); }",
            "  @Transactional private void privateTx() {}",
            "  static class Other { @Transactional(readOnly = true) public void work() {} }",
            "}")
        .addSourceLines("shop/Catalog.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "// Spring's own pattern: reads read-only by default, writes override. A read called from a",
            "// write joins the write's transaction, through the proxy as much as through this: Spring",
            "// applies readOnly, isolation and timeout only when a transaction begins.",
            "@Transactional(readOnly = true)",
            "class Catalog {",
            "  public String get(long id) { return null; }",
            "  @Transactional public void rename(long id) { get(id); report(); quick(); }",
            "  @Transactional(isolation = Isolation.SERIALIZABLE) public void report() {}",
            "  @Transactional(timeout = 5) public void quick() {}",
            "  @Transactional public void write() {}",
            "  public void readThenWrite() { write(); }",
            "}")
        .addSourceLines("shop/OrderDao.java",
            "package shop;",
            "import jakarta.persistence.EntityManager;",
            "import org.springframework.transaction.annotation.*;",
            "// A DAO whose writes rely on the service layer's transactions: a method that removes",
            "// through the EntityManager runs inside one, which a REQUIRED callee joins either way.",
            "class OrderDao {",
            "  EntityManager em;",
            "  @Transactional(readOnly = true) public Object find(long id) { return em.find(Object.class, id); }",
            "  @Transactional public void touch(Object o) {}",
            "  public void delete(long id) {",
            "    Object order = find(id);",
            "    touch(order);",
            "    em.remove(order);",
            "  }",
            "  // The write is in the method it hands the entity to, through this: the same context.",
            "  public void deleteByKey(long id) {",
            "    Object order = find(id);",
            "    remove(order);",
            "  }",
            "  public void remove(Object order) { em.remove(order); }",
            "  // The write is in a lambda the list runs at once.",
            "  public void deleteAll(java.util.List<Long> ids) {",
            "    Object first = find(ids.get(0));",
            "    ids.forEach(id -> em.remove(em.find(Object.class, id)));",
            "  }",
            "}")
        .addSourceLines("shop/ClassLevel.java",
            "package shop;",
            "@org.springframework.transaction.annotation.Transactional",
            "class ClassLevel {",
            "  public void a() { b(); }",
            "  public void b() {}",
            "}")
        .addSourceLines("shop/Template.java",
            "package shop;",
            "import org.springframework.transaction.annotation.Transactional;",
            "class Template {",
            "  org.springframework.transaction.support.TransactionTemplate template;",
            "  public void run() { template.executeWithoutResult(status -> work()); }",
            "  @Transactional public void work() {}",
            "}")
        .expectNoDiagnostics()
        .doTest();
  }

  @Test
  void flagsWhenTheCalleesAttributesAreIgnored() {
    helper
        .addSourceLines("shop/Imports.java",
            "package shop;",
            "import java.util.List;",
            "import org.springframework.transaction.annotation.*;",
            "class Imports {",
            "  java.util.concurrent.ExecutorService executor;",
            "  public void importAll(List<String> rows) {",
            "    for (String row : rows) {",
            "      // BUG: Diagnostic contains: importAll calls importRow() through this, which bypasses the transaction proxy: no transaction starts",
            "      importRow(row);",
            "    }",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    rows.forEach(row -> this.importRow(row));",
            "  }",
            "  @Transactional public void importRow(String row) {}",
            "  // Overloads are named with their parameters.",
            "  public void importRow(List<String> row) {",
            "    // BUG: Diagnostic contains: importRow(List) calls importRow(String) through this",
            "    importRow(String.join(\",\", row));",
            "  }",
            "  @Transactional public void placeOrder() {",
            "    // BUG: Diagnostic contains: audit() runs in the caller's transaction instead of a new one",
            "    audit();",
            "    // BUG: Diagnostic contains: no savepoint is set for step()",
            "    step();",
            "    // BUG: Diagnostic contains: strict() runs with the caller's transaction attributes, not its own rollbackFor",
            "    strict();",
            "    // BUG: Diagnostic contains: transactionManager",
            "    otherManager();",
            "    // BUG: Diagnostic contains: outside() runs inside the caller's transaction although it is declared NOT_SUPPORTED",
            "    outside();",
            "    // BUG: Diagnostic contains: placeOrder calls importRow() through this, which bypasses the transaction proxy: no transaction starts",
            "    executor.submit(() -> importRow(\"x\"));",
            "  }",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW) public void audit() {}",
            "  @Transactional(propagation = Propagation.NESTED) public void step() {}",
            "  @Transactional(readOnly = true) public void report() {}",
            "  @Transactional(isolation = Isolation.SERIALIZABLE) public void serializable() {}",
            "  @Transactional(timeout = 5) public void quick() {}",
            "  @Transactional(rollbackFor = Exception.class) public void strict() {}",
            "  @Transactional(\"reporting\") public void otherManager() {}",
            "  @Transactional(propagation = Propagation.NOT_SUPPORTED) public void outside() {}",
            "  class Inner {",
            "    void run() {",
            "      // BUG: Diagnostic contains: run calls audit() through this",
            "      Imports.this.audit();",
            "    }",
            "  }",
            "}")
        .addSourceLines("org/springframework/data/repository/Repository.java",
            "package org.springframework.data.repository;",
            "public interface Repository<T, ID> {}")
        .addSourceLines("org/springframework/data/repository/CrudRepository.java",
            "package org.springframework.data.repository;",
            "public interface CrudRepository<T, ID> extends Repository<T, ID> { <S extends T> S save(S entity); }")
        .addSourceLines("shop/Reads.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class Reads {",
            "  org.springframework.data.repository.CrudRepository<Object, Long> repo;",
            "  @Transactional(readOnly = true) public Object find(long id) { return null; }",
            "  // Without a transaction the read's lazy loads fail: the proxy would have kept one open.",
            "  public Object findOrNull(long id) {",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    return id < 0 ? null : find(id);",
            "  }",
            "  @Transactional public void reserve(Object o) {}",
            "  // A repository's save is transactional by itself: it proves no caller's transaction.",
            "  public void place(Object o) {",
            "    repo.save(o);",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    reserve(o);",
            "  }",
            "}")
        .addSourceLines("shop/AuditedDao.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class AuditedDao {",
            "  jakarta.persistence.EntityManager em;",
            "  public void delete(Object order) {",
            "    em.remove(order);",
            "    // BUG: Diagnostic contains: audit() runs in the caller's transaction instead of a new one",
            "    audit(order);",
            "  }",
            "  @Transactional(propagation = Propagation.REQUIRES_NEW) public void audit(Object order) {}",
            "}")
        .addSourceLines("shop/ReadingDao.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "class ReadingDao {",
            "  jakarta.persistence.EntityManager em;",
            "  @Transactional(readOnly = true) public Object find(long id) { return em.find(Object.class, id); }",
            "  // The method it delegates to only reads: nothing says a transaction is open.",
            "  public Object findTwice(long id) {",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    Object first = find(id);",
            "    return describe(first);",
            "  }",
            "  public Object describe(Object o) { return em.contains(o) ? o : null; }",
            "  // A lambda handed to something else may run anywhere, anytime: no evidence.",
            "  public void later(long id, java.util.concurrent.Executor executor) {",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    Object o = find(id);",
            "    executor.execute(() -> em.remove(o));",
            "  }",
            "}")
        .addSourceLines("shop/Jakarta.java",
            "package shop;",
            "import jakarta.transaction.Transactional;",
            "class Jakarta {",
            "  public void entry() {",
            "    // BUG: Diagnostic contains: no transaction starts",
            "    work();",
            "  }",
            "  @Transactional(Transactional.TxType.REQUIRES_NEW) public void work() {}",
            "}")
        .doTest();
  }

  @Test
  void enterpriseBeansBypassTheContainerThroughThis() {
    TxStubs.addEnterpriseBeans(helper)
        .addSourceLines("shop/OrderBean.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Stateless public class OrderBean {",
            "  @jakarta.annotation.Resource SessionContext context;",
            "  public void place(long id) {",
            "    // Both run in the container's default, REQUIRED: nothing is lost.",
            "    reserve(id);",
            "    // BUG: Diagnostic contains: place calls audit() through this, which bypasses the container's transaction interceptor: audit() runs in the caller's transaction instead of a new one, so its work commits or rolls back with the caller's. Call it through the bean's container reference (SessionContext.getBusinessObject, or this bean injected with @EJB), or move audit to another bean.",
            "    audit(id);",
            "    // Through the container: its attributes apply.",
            "    context.getBusinessObject(OrderBean.class).audit(id);",
            "  }",
            "  public void reserve(long id) {}",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) public void audit(long id) {}",
            "  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) public void report() {",
            "    // BUG: Diagnostic contains: no transaction starts, so reserve() runs without one",
            "    reserve(1);",
            "  }",
            "}")
        .addSourceLines("jakarta/annotation/Resource.java",
            "package jakarta.annotation;",
            "public @interface Resource {}")
        .addSourceLines("shop/BeanManaged.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Stateless @TransactionManagement(TransactionManagementType.BEAN) public class BeanManaged {",
            "  public void run() { audit(); }",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) public void audit() {}",
            "}")
        .doTest();
  }

  @Test
  void enterpriseBeanCallersWhoseTransactionTheContainerDecides() {
    TxStubs.addEnterpriseBeans(helper)
        .addSourceLines("shop/Registry.java",
            "package shop;",
            "import jakarta.ejb.*;",
            "@Singleton @Startup public class Registry {",
            "  // A Singleton's lifecycle callbacks run in a container transaction: not modelled, silent.",
            "  @jakarta.annotation.PostConstruct void init() { reload(); }",
            "  // Runs in a transaction of its own: silent.",
            "  @Asynchronous public void later() { reload(); }",
            "  // Not a business method: its callers' transaction.",
            "  void retry() { reload(); }",
            "  protected void again() { audit(); }",
            "  public void reload() {}",
            "  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) public void audit() {}",
            "}")
        .doTest();
  }

  @Test
  void quarkusInterceptsSelfInvocation() {
    helper
        .addSourceLines("io/quarkus/arc/Arc.java",
            "package io.quarkus.arc;",
            "public final class Arc {}")
        .addSourceLines("shop/Quarkus.java",
            "package shop;",
            "import jakarta.transaction.Transactional;",
            "class Quarkus {",
            "  public void outside() { inside(); }",
            "  @Transactional(Transactional.TxType.REQUIRES_NEW) public void inside() {}",
            "  @org.springframework.transaction.annotation.Transactional public void spring() {}",
            "  // Spring's annotation is Spring's proxy's business, even next to Quarkus.",
            "  public void callsSpring() {",
            "    // BUG: Diagnostic contains: callsSpring calls spring() through this",
            "    spring();",
            "  }",
            "}")
        .doTest();
  }

  /**
   * A class-level {@code @Transactional} covers every public method, getters included. Where such
   * a method only computes, where it runs changes nothing; where it reaches the database, an
   * entity, or code the analysis cannot read, the bypass still counts. A method's own annotation
   * always counts: its author asked for the transaction.
   */
  @Test
  void classLevelAttributesOfAMethodThatOnlyComputes() {
    helper
        .addSourceLines("shop/Publication.java",
            "package shop;",
            "@jakarta.persistence.Entity",
            "public class Publication {",
            "  @jakarta.persistence.Id Long id;",
            "  @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY) Publication parent;",
            "  public Publication getParent() { return parent; }",
            "  static Class<? extends Publication> typeFor(boolean archive) { return archive ? Archived.class : Publication.class; }",
            "  static class Archived extends Publication {}",
            "}")
        .addSourceLines("shop/Publications.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "@Transactional",
            "public class Publications {",
            "  private final boolean archive;",
            "  private final String deleteQuery;",
            "  jakarta.persistence.EntityManager em;",
            "  java.util.function.Supplier<String> names;",
            "  public Publications(boolean archive) {",
            "    this.archive = archive;",
            "    // Computes from a field through a static method and the JDK: nothing to lose.",
            "    this.deleteQuery = \"delete from \" + completedType().getSimpleName() + label(\"x\");",
            "    // BUG: Diagnostic contains: no transaction starts, so load() runs without one",
            "    load();",
            "    // BUG: Diagnostic contains: no transaction starts, so parentOf() runs without one",
            "    parentOf(null);",
            "    // BUG: Diagnostic contains: no transaction starts, so named() runs without one",
            "    named();",
            "    // BUG: Diagnostic contains: no transaction starts, so own() runs without one",
            "    own();",
            "  }",
            "  public Class<? extends Publication> completedType() { return Publication.typeFor(archive); }",
            "  public String label(String prefix) { return String.format(\"%s-%s\", prefix, java.util.List.of(1, 2).size()); }",
            "  public void load() { em.find(Publication.class, 1L); }",
            "  public Publication parentOf(Publication p) { return p.getParent(); }",
            "  public String named() { return names.get(); }",
            "  @Transactional public void own() {}",
            "}")
        .addSourceLines("shop/Isolated.java",
            "package shop;",
            "import org.springframework.transaction.annotation.*;",
            "@Transactional(propagation = Propagation.REQUIRES_NEW)",
            "public class Isolated {",
            "  jakarta.persistence.EntityManager em;",
            "  private String tag = \"t\";",
            "  public void run() {",
            "    String t = tag();",
            "    // BUG: Diagnostic contains: audit() runs in the caller's transaction instead of a new one",
            "    audit(t);",
            "  }",
            "  public String tag() { return tag.trim(); }",
            "  public void audit(String t) { em.persist(t); }",
            "}")
        .doTest();
  }
}
