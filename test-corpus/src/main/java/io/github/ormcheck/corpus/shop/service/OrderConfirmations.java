package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.annotations.RemoteCall;
import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.repository.PurchaseOrderRepository;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Declarative transactions around remote calls: RemoteCallInTransaction's @Transactional cases
 * and the look-alikes that must stay silent.
 */
public class OrderConfirmations {
  /** A payment provider's client, marked for ormcheck. */
  public interface PaymentGateway {
    @RemoteCall("captures the payment at the provider")
    void capture(long orderId);
  }

  /**
   * Books a courier. Its only implementation in this module is {@link HttpCourier}, which calls
   * the courier's API, so a call through this interface is an HTTP call.
   */
  public interface Courier {
    void requestPickup(long orderId);

    void cancelPickup(long orderId);
  }

  /** An in-memory outbox: a method named send that never leaves the process. */
  public static final class Outbox {
    private final Queue<String> pending = new ArrayDeque<>();

    public void send(String event) {
      pending.add(event);
    }
  }

  /** The event published for the after-commit listener. */
  public record OrderConfirmed(long orderId) {}

  private final PurchaseOrderRepository orders;
  private final HttpClient http;
  private final URI mailer;
  private final PaymentGateway payments;
  private final Outbox outbox = new Outbox();
  private final Executor executor;
  private final Courier courier;

  public OrderConfirmations(
      PurchaseOrderRepository orders, HttpClient http, URI mailer, PaymentGateway payments, Executor executor,
      Courier courier) {
    this.orders = orders;
    this.http = http;
    this.mailer = mailer;
    this.payments = payments;
    this.executor = executor;
    this.courier = courier;
  }

  /** The HTTP call sits directly in the transactional method. */
  @Transactional
  public void confirm(long orderId) throws IOException, InterruptedException {
    PurchaseOrder order = orders.findById(orderId).orElseThrow();
    http.send(HttpRequest.newBuilder(mailer).build(), HttpResponse.BodyHandlers.discarding()); // expect: RemoteCallInTransaction
    orders.save(order);
  }

  /** readOnly still holds a connection for the whole method. */
  @Transactional(readOnly = true)
  public void resendConfirmation(long orderId) {
    requireOrder(orderId);
    mailConfirmation(orderId); // expect: RemoteCallInTransaction
  }

  /** A user API marked @RemoteCall. */
  @Transactional
  public void capturePayment(long orderId) {
    requireOrder(orderId);
    payments.capture(orderId); // expect: RemoteCallInTransaction
  }

  /** Through an interface into its only implementation, which calls the courier over HTTP. */
  @Transactional
  public void confirmAndBookPickup(long orderId) {
    requireOrder(orderId);
    courier.requestPickup(orderId); // expect: RemoteCallInTransaction
  }

  /** Fixed: the pickup is booked after the confirmation commits. Silent. */
  @TransactionalEventListener
  public void bookPickupAfterCommit(OrderConfirmed event) {
    courier.requestPickup(event.orderId());
  }

  /** Fixed: the outbox row commits with the order; a relay sends it later. Silent. */
  @Transactional
  public void confirmWithOutbox(long orderId) {
    requireOrder(orderId);
    outbox.send("order-confirmed:" + orderId);
  }

  /** Fixed: the mail goes out after the commit, from a listener. Silent. */
  @TransactionalEventListener
  public void onConfirmed(OrderConfirmed event) {
    mailConfirmation(event.orderId());
  }

  /** Fixed: registered to run after the commit. Silent. */
  @Transactional
  public void confirmThenMailAfterCommit(long orderId) {
    requireOrder(orderId);
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            mailConfirmation(orderId);
          }
        });
  }

  /** Handed to another thread: not in this transaction (whether that is wise is another matter). Silent. */
  @Transactional
  public void confirmAndMailAsync(long orderId) {
    requireOrder(orderId);
    CompletableFuture.runAsync(() -> mailConfirmation(orderId), executor);
  }

  /** The transaction is suspended around this method. Silent. */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void mailOutsideTransaction(long orderId) {
    mailConfirmation(orderId);
  }

  private void requireOrder(long orderId) {
    if (!orders.existsById(orderId)) {
      throw new IllegalArgumentException("no order " + orderId);
    }
  }

  private void mailConfirmation(long orderId) {
    try {
      http.send(
          HttpRequest.newBuilder(mailer.resolve("/confirmations/" + orderId)).build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
