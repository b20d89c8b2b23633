package io.github.ormcheck.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares which associations a code path loads: its loading contract, in its signature.
 *
 * <p>A path is a dot-separated chain of association names that starts at the root entity. The
 * root is the entity of the method's return type ({@code Order}, {@code Optional<Order>}, {@code
 * List<Order>}, {@code Page<Order>}, {@code Stream<Order>}, ...) unless {@link #root()} names it.
 * {@code @LoadPlan({})} declares that nothing beyond the root is loaded.
 *
 * <pre>{@code
 * interface OrderRepository extends JpaRepository<Order, Long> {
 *   // The query must load each order's customer and its line items with their products.
 *   @LoadPlan({"customer", "lineItems.product"})
 *   @Query("select distinct o from Order o join fetch o.customer"
 *       + " left join fetch o.lineItems li left join fetch li.product where o.placedAt > :since")
 *   List<Order> findRecentOrders(Instant since);
 * }
 *
 * class InvoicePrinter {
 *   // Code here may navigate order.getCustomer(), and nothing else beyond the orders.
 *   @LoadPlan(root = Order.class, value = {"customer"})
 *   void printInvoices(List<Order> orders) { ... }
 * }
 * }</pre>
 *
 * <p>ormcheck checks at compile time that every path names an association ({@code
 * InvalidLoadPlan}), that code under the plan navigates only declared paths ({@code
 * LoadPlanViolation}), and that a query method's query really loads what its plan declares
 * ({@code UnrealizedLoadPlan}). The annotation has no effect at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LoadPlan {

  /**
   * The association paths this code path loads, relative to the root entity: {@code "customer"},
   * {@code "lineItems.product"}. Empty: nothing beyond the root.
   */
  String[] value();

  /**
   * The root entity of the paths. {@code void.class}, the default, means the entity of the
   * method's return type, unwrapped from containers such as {@code List}, {@code Optional},
   * {@code Page} or {@code Stream}.
   */
  Class<?> root() default void.class;
}
