package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.CustomerRepository;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Placing an order and telling the warehouse over HTTP: the connection-pool incident of
 * RemoteCallInTransaction and its fixed twin. The runtime witness runs both on a pool of two
 * connections.
 */
public class OrderPlacement {
  private final TransactionOperations transactions;
  private final CustomerRepository customers;
  private final PurchaseOrderRepository orders;
  private final HttpClient http;
  private final URI warehouse;

  public OrderPlacement(
      TransactionOperations transactions,
      CustomerRepository customers,
      PurchaseOrderRepository orders,
      HttpClient http,
      URI warehouse) {
    this.transactions = transactions;
    this.customers = customers;
    this.orders = orders;
    this.http = http;
    this.warehouse = warehouse;
  }

  /** The incident: the warehouse call runs while the transaction holds its connection. */
  public long placeOrder(long customerId) {
    return transactions.execute(
        status -> {
          PurchaseOrder order = orders.save(new PurchaseOrder(customers.getReferenceById(customerId), Instant.now()));
          notifyWarehouse(order.getId()); // expect: RemoteCallInTransaction
          return order.getId();
        });
  }

  /** Fixed: commit first, then call the warehouse with the connection back in the pool. */
  public long placeOrderThenNotify(long customerId) {
    Long id =
        transactions.execute(
            status -> orders.save(new PurchaseOrder(customers.getReferenceById(customerId), Instant.now())).getId());
    notifyWarehouse(id); // silent: no transaction is open here
    return id;
  }

  /** Not transactional itself: only the callers' context decides. */
  void notifyWarehouse(long orderId) {
    HttpRequest request =
        HttpRequest.newBuilder(warehouse.resolve("/reservations/" + orderId))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    try {
      http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while notifying the warehouse", e);
    }
  }
}
