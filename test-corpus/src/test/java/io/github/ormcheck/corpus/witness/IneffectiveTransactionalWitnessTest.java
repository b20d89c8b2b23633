package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.service.AuditTrail;
import io.github.ormcheck.corpus.shop.service.OrderArchive;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * IneffectiveTransactional: the corpus's {@code OrderArchive} and {@code AuditTrail} run as Spring
 * beans behind class-based transaction proxies ({@code @EnableTransactionManagement(proxyTargetClass
 * = true)}, Spring Boot's default), and a listener on the transaction manager records every
 * transaction that begins, by name (Spring names a declarative transaction after the intercepted
 * method). The corpus methods have no place to look at
 * {@code TransactionSynchronizationManager.isActualTransactionActive()}, so the observable is
 * which transactions the transaction manager starts:
 *
 * <ul>
 *   <li>private {@code deleteOrder}, reached through the public corpus method that uses it
 *       ({@code archive}): no {@code OrderArchive} transaction begins; the only one is the
 *       repository's own {@code SimpleJpaRepository.deleteById} transaction. The twin
 *       {@code archiveOne} (public) begins {@code OrderArchive.archiveOne} and the repository
 *       joins it.
 *   <li>final {@code archiveAll}: the proxy cannot override it, so it runs on the proxy
 *       instance, whose {@code orders} field was never set: {@code NullPointerException}, no
 *       transaction, nothing deleted.
 *   <li>static {@code purgeCaches}: no transaction begins (its body is empty: nothing more to
 *       observe).
 *   <li>the silent {@code protected}/package-private twins ({@code archiveQuietly},
 *       {@code archiveFromSamePackage}): the test lives in another package, so it calls them
 *       through reflection on the proxy (virtual dispatch reaches the proxy's override, as a
 *       same-package caller would): each begins its own transaction.
 *   <li>final class {@code AuditTrail} with class-level {@code @Transactional}: with
 *       class-based proxies the context does not even start, because the proxy cannot subclass it.
 * </ul>
 */
class IneffectiveTransactionalWitnessTest {
  private static final String RULE = "IneffectiveTransactional";

  @Configuration
  static class Archive {
    @Bean
    OrderArchive orderArchive(PurchaseOrderRepository orders) {
      return new OrderArchive(orders);
    }
  }

  @Configuration
  static class Audit {
    @Bean
    AuditTrail auditTrail(PurchaseOrderRepository orders) {
      return new AuditTrail(orders);
    }
  }

  @Test
  void privateFinalAndStaticTransactionalMethodsBeginNoTransactionAndThePublicTwinDoes() throws Exception {
    try (ShopDatabase db = ShopDatabase.shopWithTransactionalBeans(Archive.class)) {
      PurchaseOrderRepository orders = db.bean(PurchaseOrderRepository.class);
      OrderArchive archive = db.bean(OrderArchive.class);
      assertTrue(AopUtils.isCglibProxy(archive), "OrderArchive should be a class-based transaction proxy");
      TransactionRecorder transactions = TransactionRecorder.attach(db);
      List<Long> ids = seedOrders(db, 5);

      // Flagged: @Transactional private deleteOrder, through public archive().
      transactions.clear();
      archive.archive(ids.get(0));
      List<String> viaPrivate = transactions.begunShortNames();
      Witnesses.print(RULE, "flagged: private deleteOrder via archive(), OrderArchive transactions begun",
          countOwn(viaPrivate), "transactions");
      assertEquals(List.of("SimpleJpaRepository.deleteById"), viaPrivate,
          "only the repository's own transaction should begin: " + transactions.begun());

      // Twin: @Transactional public archiveOne.
      transactions.clear();
      archive.archiveOne(ids.get(1));
      List<String> viaPublic = transactions.begunShortNames();
      Witnesses.print(RULE, "twin: public archiveOne(), OrderArchive transactions begun", countOwn(viaPublic), "transactions");
      assertEquals(List.of("OrderArchive.archiveOne"), viaPublic, "the repository should join archiveOne's transaction");
      assertFalse(orders.existsById(ids.get(0)));
      assertFalse(orders.existsById(ids.get(1)));

      // Flagged: @Transactional public final archiveAll runs on the proxy instance itself.
      transactions.clear();
      NullPointerException npe = assertThrows(NullPointerException.class, archive::archiveAll,
          "the final method should run on the proxy, whose orders field is null");
      Witnesses.print(RULE, "flagged: final archiveAll(), transactions begun (then NullPointerException)",
          transactions.begun().size(), "transactions");
      assertEquals(List.of(), transactions.begun());
      assertEquals(3, orders.count(), "archiveAll should have deleted nothing: " + npe.getMessage());

      // Flagged: @Transactional static purgeCaches.
      transactions.clear();
      OrderArchive.purgeCaches();
      Witnesses.print(RULE, "flagged: static purgeCaches(), transactions begun", transactions.begun().size(), "transactions");
      assertEquals(List.of(), transactions.begun());

      // Silent twins: protected and package-private methods are intercepted by Spring 6+ proxies.
      for (String name : List.of("archiveQuietly", "archiveFromSamePackage")) {
        Method method = OrderArchive.class.getDeclaredMethod(name, long.class);
        method.setAccessible(true);
        transactions.clear();
        long id = name.equals("archiveQuietly") ? ids.get(2) : ids.get(3);
        try {
          method.invoke(archive, id);
        } catch (InvocationTargetException e) {
          throw new AssertionError(e.getCause());
        }
        List<String> begun = transactions.begunShortNames();
        Witnesses.print(RULE, "twin: non-public " + name + "() (reflection), OrderArchive transactions begun",
            countOwn(begun), "transactions");
        assertEquals(List.of("OrderArchive." + name), begun);
        assertFalse(orders.existsById(id));
      }
    }
  }

  @Test
  void aFinalClassWithClassLevelTransactionalCannotBeProxiedAndTheContextDoesNotStart() {
    RuntimeException failure =
        assertThrows(RuntimeException.class, () -> ShopDatabase.shopWithTransactionalBeans(Audit.class).close());
    String causes = causes(failure);
    Witnesses.print(RULE, "flagged: final class AuditTrail, contexts that started", 0, "of 1");
    // Spring 7: BeanCreationException <- AopConfigException "Could not generate CGLIB subclass of
    // class ...AuditTrail" <- IllegalArgumentException "Cannot subclass final class ...AuditTrail".
    assertTrue(causes.contains("Cannot subclass final class " + AuditTrail.class.getName()),
        "the proxy should fail on the final class: " + causes);
  }

  private static long countOwn(List<String> begun) {
    return begun.stream().filter(name -> name.startsWith("OrderArchive.")).count();
  }

  private static String causes(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
    }
    return text.toString();
  }

  private static List<Long> seedOrders(ShopDatabase db, int count) {
    return db.inTransaction(em -> {
      List<Long> ids = new java.util.ArrayList<>();
      for (int i = 0; i < count; i++) {
        PurchaseOrder order = new PurchaseOrder(null, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        em.persist(order);
        ids.add(order.getId());
      }
      return ids;
    });
  }
}
