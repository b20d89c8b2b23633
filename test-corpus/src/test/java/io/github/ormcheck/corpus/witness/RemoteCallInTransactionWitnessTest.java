package io.github.ormcheck.corpus.witness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ormcheck.corpus.shop.Customer;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import io.github.ormcheck.corpus.shop.service.OrderPlacement;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection-pool incident behind RemoteCallInTransaction: a pool of 2 connections, a
 * warehouse (a loopback HTTP server) that answers after 100 ms, and 10 concurrent orders. When the
 * HTTP call runs inside the transaction ({@code OrderPlacement.placeOrder}), each order holds a
 * connection for the call and the others queue for the pool; when it runs after the commit
 * ({@code placeOrderThenNotify}), the connections come back at once. Only loopback traffic.
 */
class RemoteCallInTransactionWitnessTest {
  private static final int POOL_SIZE = 2;
  private static final int CONCURRENT_ORDERS = 10;
  private static final long WAREHOUSE_DELAY_MS = 100;

  /** Wall time of a round and the time its threads waited for a pooled connection. */
  record Round(long totalMillis, long acquireWaitMillis, long maxAcquireWaitMillis) {}

  /** Measures how long each getConnection() waits for the pool. */
  static final class TimedDataSource extends DelegatingDataSource {
    final AtomicLong waitNanos = new AtomicLong();
    final AtomicLong maxWaitNanos = new AtomicLong();

    TimedDataSource(HikariDataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      long start = System.nanoTime();
      Connection connection = super.getConnection();
      long waited = System.nanoTime() - start;
      waitNanos.addAndGet(waited);
      maxWaitNanos.accumulateAndGet(waited, Math::max);
      return connection;
    }

    void reset() {
      waitNanos.set(0);
      maxWaitNanos.set(0);
    }
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theHttpCallInsideTheTransactionStarvesThePoolAndTheFixedTwinDoesNot() throws Exception {
    HttpServer warehouse = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    ExecutorService warehouseThreads = Executors.newFixedThreadPool(CONCURRENT_ORDERS * 2);
    warehouse.setExecutor(warehouseThreads);
    warehouse.createContext("/", exchange -> {
      try {
        Thread.sleep(WAREHOUSE_DELAY_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    warehouse.start();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:pool-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(POOL_SIZE);
    config.setConnectionTimeout(20_000);
    config.setPoolName("witness-pool");
    ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_ORDERS);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      TimedDataSource timed = new TimedDataSource(pool);
      try (ShopDatabase db = ShopDatabase.shop(timed)) {
        long customerId = db.inTransaction(em -> {
          Customer customer = new Customer("Ada", null);
          em.persist(customer);
          return customer.getId();
        });
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://127.0.0.1:" + warehouse.getAddress().getPort() + "/");
        OrderPlacement placement = new OrderPlacement(
            db.transactionTemplate(),
            db.bean(CustomerRepository.class),
            db.bean(PurchaseOrderRepository.class),
            http,
            uri);

        // Warm up both paths (class loading, JIT, HTTP connections), then measure.
        round(callers, timed, placement::placeOrder, customerId);
        round(callers, timed, placement::placeOrderThenNotify, customerId);
        Round flagged = round(callers, timed, placement::placeOrder, customerId);
        Round fixed = round(callers, timed, placement::placeOrderThenNotify, customerId);

        print("flagged: HTTP call inside the transaction (placeOrder)", flagged);
        print("fixed: HTTP call after the commit (placeOrderThenNotify)", fixed);
        assertEquals(4L * CONCURRENT_ORDERS, db.bean(PurchaseOrderRepository.class).count());

        // 10 orders through 2 connections, each held for >= 100 ms: about 5 waves, and the
        // queued threads wait for the pool. The fixed twin holds a connection for a few ms.
        assertTrue(flagged.totalMillis() >= 2 * fixed.totalMillis(),
            "flagged " + flagged + " should take at least twice as long as fixed " + fixed);
        assertTrue(flagged.acquireWaitMillis() >= 5 * Math.max(fixed.acquireWaitMillis(), 20),
            "flagged " + flagged + " should wait for the pool far longer than fixed " + fixed);
        assertTrue(flagged.maxAcquireWaitMillis() >= 2 * WAREHOUSE_DELAY_MS,
            "the last orders of the flagged round should wait out at least two warehouse calls: " + flagged);
      }
    } finally {
      callers.shutdownNow();
      warehouse.stop(0);
      warehouseThreads.shutdownNow();
    }
  }

  private static Round round(
      ExecutorService callers, TimedDataSource timed, LongUnaryOperator placeOrder, long customerId) throws Exception {
    timed.reset();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> orders = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_ORDERS; i++) {
      orders.add(callers.submit(() -> {
        start.await();
        return placeOrder.applyAsLong(customerId);
      }));
    }
    long begin = System.nanoTime();
    start.countDown();
    for (Future<Long> order : orders) {
      order.get(30, TimeUnit.SECONDS);
    }
    long total = System.nanoTime() - begin;
    return new Round(
        TimeUnit.NANOSECONDS.toMillis(total),
        TimeUnit.NANOSECONDS.toMillis(timed.waitNanos.get()),
        TimeUnit.NANOSECONDS.toMillis(timed.maxWaitNanos.get()));
  }

  private static void print(String scenario, Round round) {
    Witnesses.print("RemoteCallInTransaction", scenario + ", total", round.totalMillis(), "ms");
    Witnesses.print("RemoteCallInTransaction", scenario + ", connection wait (sum)", round.acquireWaitMillis(), "ms");
    Witnesses.print("RemoteCallInTransaction", scenario + ", connection wait (max)", round.maxAcquireWaitMillis(), "ms");
  }
}
