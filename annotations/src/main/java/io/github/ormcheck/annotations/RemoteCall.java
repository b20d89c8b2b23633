package io.github.ormcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method (or every method of a type) as a network call or an external side effect that
 * should not run while a database transaction is open: it holds the transaction's connection and
 * locks for as long as the remote side takes, and it cannot be rolled back.
 *
 * <p>ormcheck knows the common HTTP, messaging, mail and cloud SDK clients by name; use this
 * annotation for your own gateways and wrappers:
 *
 * <pre>{@code
 * public class WarehouseGateway {
 *   @RemoteCall("reserves stock in the warehouse service over HTTP")
 *   public void reserve(long productId, int quantity) { ... }
 * }
 *
 * @Transactional
 * public void placeOrder(Order order) {
 *   orders.save(order);
 *   warehouse.reserve(order.getProductId(), 1); // RemoteCallInTransaction
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RemoteCall {

  /** What the call reaches, for the finding's message; optional. */
  String value() default "";
}
