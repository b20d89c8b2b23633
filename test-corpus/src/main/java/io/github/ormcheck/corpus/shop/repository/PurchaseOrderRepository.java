package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import io.github.ormcheck.annotations.LoadPlan;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PurchaseOrderRepository extends JpaRepository<PurchaseOrder, Long> {

  /** Derived query: loads the orders alone. */
  List<PurchaseOrder> findByPlacedAtAfter(Instant since);

  /** Loads each order with its customer in the same select. */
  @Query("select o from PurchaseOrder o join fetch o.customer where o.placedAt > :since")
  List<PurchaseOrder> findRecentWithCustomer(Instant since);

  /** The same through an entity graph. */
  @EntityGraph(attributePaths = "customer")
  List<PurchaseOrder> findByPlacedAtBefore(Instant until);

  /** Joins the customer to filter on it, but does not fetch it. */
  @Query("select o from PurchaseOrder o join o.customer c where c.name = :name")
  List<PurchaseOrder> findByCustomerName(String name);

  /** Orders with their line items. */
  @Query("select distinct o from PurchaseOrder o left join fetch o.lineItems where o.placedAt > :since")
  List<PurchaseOrder> findRecentWithLines(Instant since);

  Stream<PurchaseOrder> streamByPlacedAtAfter(Instant since);

  /** Derived query on one customer: every order it returns has that customer. */
  List<PurchaseOrder> findByCustomerIdOrderByPlacedAtAsc(Long customerId);

  /** A load plan its query realizes: the customer is join-fetched. */
  @LoadPlan({"customer"})
  @Query("select o from PurchaseOrder o join fetch o.customer where o.placedAt > :since")
  List<PurchaseOrder> findPlannedWithCustomer(Instant since);

  /** A load plan the derived query does not realize: every caller pays 1 + N. */
  @LoadPlan({"customer"}) // expect: UnrealizedLoadPlan
  List<PurchaseOrder> findByPlacedAtBetween(Instant from, Instant until);
}
