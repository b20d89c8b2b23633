package io.github.ormcheck.corpus.shop.service;

import io.github.ormcheck.corpus.shop.PurchaseOrder;
import io.github.ormcheck.corpus.shop.LineItem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Root;
import java.util.List;
import org.hibernate.Session;

/**
 * Orders with their collections through EntityManager and Session queries: the Cartesian-product
 * cases and their twins.
 */
public class OrderBrowsing {
  static final String ORDERS = "select distinct o from PurchaseOrder o";
  static final String WITH_LINES_AND_TAGS = ORDERS + " left join fetch o.lineItems left join fetch o.tags";
  static final String WITH_LINES = ORDERS + " left join fetch o.lineItems";
  static final String WITH_TAGS = ORDERS + " left join fetch o.tags";
  static final String TWO_BAGS =
      "select o from PurchaseOrder o join fetch o.lineItems li join fetch li.product p join fetch p.tags";

  private final EntityManager entityManager;

  public OrderBrowsing(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** A bag and a set in one select: orders x lineItems x tags rows. */
  public List<PurchaseOrder> withLinesAndTags() {
    return entityManager.createQuery(WITH_LINES_AND_TAGS, PurchaseOrder.class).getResultList(); // expect: MultipleCollectionFetch
  }

  /** Twin, split: one collection per query; the second fills the same persistence context. */
  public List<PurchaseOrder> withLinesThenTags() {
    List<PurchaseOrder> orders = entityManager.createQuery(WITH_LINES, PurchaseOrder.class).getResultList();
    entityManager
        .createQuery(WITH_TAGS + " where o in :orders", PurchaseOrder.class)
        .setParameter("orders", orders)
        .getResultList();
    return orders;
  }

  /** The same through Hibernate's Session. */
  public List<PurchaseOrder> withLinesAndTagsBySession() {
    return entityManager
        .unwrap(Session.class)
        .createSelectionQuery("from PurchaseOrder o left join fetch o.lineItems left join fetch o.tags", PurchaseOrder.class) // expect: MultipleCollectionFetch
        .getResultList();
  }

  /** Two bags: lineItems and each product's tags. Hibernate throws when it builds the query. */
  public List<PurchaseOrder> withProductTags() {
    return entityManager.createQuery(TWO_BAGS, PurchaseOrder.class).getResultList(); // expect: MultipleBagFetch
  }

  /** Twin: one bag and nested to-ones. */
  public List<PurchaseOrder> withProducts() {
    return entityManager
        .createQuery("select o from PurchaseOrder o join fetch o.lineItems li join fetch li.product p join fetch p.category", PurchaseOrder.class)
        .getResultList();
  }

  /** Twin: text that is not a compile-time constant is not read, so it stays silent. */
  public List<PurchaseOrder> unreadable(String condition) {
    return entityManager.createQuery(WITH_LINES_AND_TAGS + " where " + condition, PurchaseOrder.class).getResultList();
  }

  /** A page of orders with their line items. */
  public List<PurchaseOrder> pageWithLines(int first, int size) {
    return entityManager
        .createQuery(WITH_LINES + " order by o.id", PurchaseOrder.class)
        .setFirstResult(first) // expect: PaginatedCollectionFetch
        .setMaxResults(size)
        .getResultList();
  }

  /** The same page with the query held in a variable: reported once, at its first pagination. */
  public List<PurchaseOrder> pageWithLinesThroughAVariable(int first, int size) {
    TypedQuery<PurchaseOrder> query = entityManager.createQuery(WITH_LINES + " order by o.id", PurchaseOrder.class);
    query.setFirstResult(first); // expect: PaginatedCollectionFetch
    query.setMaxResults(size);
    return query.getResultList();
  }

  /** Twin: a variable that may hold either of two queries is not followed, so it stays silent. */
  public List<PurchaseOrder> pageOfEitherQuery(boolean withLines, int size) {
    TypedQuery<PurchaseOrder> query = entityManager.createQuery("select o from PurchaseOrder o order by o.id", PurchaseOrder.class);
    if (withLines) {
      query = entityManager.createQuery(WITH_LINES + " order by o.id", PurchaseOrder.class);
    }
    query.setMaxResults(size);
    return query.getResultList();
  }

  /** Twin, ids first: page the ids, then fetch the page's orders with their line items. */
  public List<PurchaseOrder> pageWithLinesByIds(int first, int size) {
    List<Long> ids =
        entityManager
            .createQuery("select o.id from PurchaseOrder o order by o.id", Long.class)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return entityManager
        .createQuery(WITH_LINES + " where o.id in :ids order by o.id", PurchaseOrder.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** The page of {@link #pageWithLines} built with the Criteria API: the root fetches the line items. */
  public List<PurchaseOrder> pageWithLinesByCriteria(int first, int size) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<PurchaseOrder> query = builder.createQuery(PurchaseOrder.class);
    Root<PurchaseOrder> order = query.from(PurchaseOrder.class);
    order.fetch("lineItems", JoinType.LEFT);
    return entityManager
        .createQuery(query.select(order).distinct(true).orderBy(builder.asc(order.get("id"))))
        .setFirstResult(first) // expect: PaginatedCollectionFetch
        .setMaxResults(size)
        .getResultList();
  }

  /** Criteria API: the line items and the tags of each order in one select. */
  public List<PurchaseOrder> withLinesAndTagsByCriteria() {
    CriteriaQuery<PurchaseOrder> query = entityManager.getCriteriaBuilder().createQuery(PurchaseOrder.class);
    Root<PurchaseOrder> order = query.from(PurchaseOrder.class);
    order.fetch("lineItems", JoinType.LEFT);
    order.fetch("tags", JoinType.LEFT); // expect: MultipleCollectionFetch
    return entityManager.createQuery(query.select(order).distinct(true)).getResultList();
  }

  /** Twin: one collection and its to-one through a fetch variable. */
  public List<PurchaseOrder> withLinesAndProductsByCriteria() {
    CriteriaQuery<PurchaseOrder> query = entityManager.getCriteriaBuilder().createQuery(PurchaseOrder.class);
    Root<PurchaseOrder> order = query.from(PurchaseOrder.class);
    Fetch<PurchaseOrder, LineItem> line = order.fetch("lineItems", JoinType.LEFT);
    line.fetch("product", JoinType.LEFT);
    return entityManager.createQuery(query.select(order).distinct(true)).getResultList();
  }
}
