package io.github.ormcheck.corpus.shop.repository;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Orders loaded with their collections: the Cartesian-product cases (MultipleCollectionFetch,
 * MultipleBagFetch, PaginatedCollectionFetch) next to their clean twins. Every @Query here must
 * be valid at start-up (Spring Data builds them then), so a two-bag query lives in OrderBrowsing.
 */
public interface PurchaseOrderFetchRepository extends JpaRepository<PurchaseOrder, Long> {

  /** A bag and a set joined together: orders x lineItems x tags rows. */
  @Query("select distinct o from PurchaseOrder o left join fetch o.lineItems left join fetch o.tags") // expect: MultipleCollectionFetch
  List<PurchaseOrder> findAllWithLinesAndTags();

  /** Twin: the customer is a to-one, so only the line items multiply the rows. */
  @Query("select distinct o from PurchaseOrder o left join fetch o.customer left join fetch o.lineItems")
  List<PurchaseOrder> findAllWithCustomerAndLines();

  /** Twin: joins that only filter fetch nothing, whatever they multiply in SQL. */
  @Query("select distinct o from PurchaseOrder o join o.lineItems li join o.tags t where t.label = :label")
  List<PurchaseOrder> findByTagLabel(String label);

  /** Twin, split: the first of two queries, one collection each (see findTagsOf). */
  @Query("select distinct o from PurchaseOrder o left join fetch o.lineItems where o.id in :ids")
  List<PurchaseOrder> findWithLinesByIds(List<Long> ids);

  /** Twin, split: the second query fills the tags of the same, already managed orders. */
  @Query("select distinct o from PurchaseOrder o left join fetch o.tags where o.id in :ids")
  List<PurchaseOrder> findTagsOf(List<Long> ids);

  /** Twin: native SQL is not read. */
  @Query(
      value =
          "select o.* from purchase_order o join LineItem li on li.order_id = o.id"
              + " join purchase_order_tags t on t.PurchaseOrder_id = o.id",
      nativeQuery = true)
  List<PurchaseOrder> findJoinedNatively();

  /** Two collections through an ad hoc entity graph. */
  @EntityGraph(attributePaths = {"lineItems", "tags"}) // expect: MultipleCollectionFetch
  List<PurchaseOrder> findByPlacedAtBetween(Instant from, Instant to);

  /** Two bags through an entity graph: lineItems and, nested, each product's tags. */
  @EntityGraph(attributePaths = {"lineItems.product.tags"}) // expect: MultipleBagFetch
  List<PurchaseOrder> readByPlacedAtIsNotNull();

  /** Twin: the customer (to-one) and one collection with its to-one. */
  @EntityGraph(attributePaths = {"customer", "lineItems.product"})
  List<PurchaseOrder> readByPlacedAtIsNull();

  /** Paged by Pageable with a collection fetch. */
  @Query( // expect: PaginatedCollectionFetch
      value = "select o from PurchaseOrder o left join fetch o.lineItems",
      countQuery = "select count(o) from PurchaseOrder o")
  Page<PurchaseOrder> pageWithLines(Pageable pageable);

  /** Twin, ids first: page the ids, then findWithLinesByIds. */
  @Query("select o.id from PurchaseOrder o")
  Page<Long> pageIds(Pageable pageable);

  /** Twin: a to-one fetch pages in the database. */
  @Query(
      value = "select o from PurchaseOrder o join fetch o.customer",
      countQuery = "select count(o) from PurchaseOrder o")
  Page<PurchaseOrder> pageWithCustomer(Pageable pageable);

  /** findTop with a collection in the graph. */
  @EntityGraph(attributePaths = "tags") // expect: PaginatedCollectionFetch
  List<PurchaseOrder> findTop5ByOrderByPlacedAtDesc();

  /** Twin: findTop with a to-one graph. */
  @EntityGraph(attributePaths = "customer")
  List<PurchaseOrder> findTop5ByOrderByPlacedAtAsc();

  /** A named graph with a collection, used with a Pageable. */
  @EntityGraph("PurchaseOrder.lines") // expect: PaginatedCollectionFetch
  Page<PurchaseOrder> findByPlacedAtBefore(Instant until, Pageable pageable);

  /** Twin: the same named graph, not paged (and a named graph reports at its definition only). */
  @EntityGraph("PurchaseOrder.lines")
  List<PurchaseOrder> findByPlacedAtAfter(Instant since);
}
