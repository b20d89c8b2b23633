package io.github.ormcheck.corpus.shop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedEntityGraphs;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An order; named PurchaseOrder because ORDER is an SQL keyword. */
@Entity
@Table(name = "purchase_order")
@NamedQueries({
  // A bag and a set in one select: rows = orders x lineItems x tags.
  @NamedQuery( // expect: MultipleCollectionFetch
      name = "PurchaseOrder.withLinesAndTags",
      query = "select distinct o from PurchaseOrder o left join fetch o.lineItems left join fetch o.tags"),
  // Twin: one collection and its nested to-one: rows = line items. Silent.
  @NamedQuery(
      name = "PurchaseOrder.withLinesAndProducts",
      query = "select distinct o from PurchaseOrder o left join fetch o.lineItems li left join fetch li.product")
})
@NamedEntityGraphs({
  // Two collections through a graph: the same multiplication.
  @NamedEntityGraph( // expect: MultipleCollectionFetch
      name = "PurchaseOrder.linesAndTags",
      attributeNodes = {@NamedAttributeNode("lineItems"), @NamedAttributeNode("tags")}),
  // Twin: one collection, its to-one through a subgraph, and the customer. Silent here; paged by
  // PurchaseOrderFetchRepository.findByPlacedAtBefore.
  @NamedEntityGraph(
      name = "PurchaseOrder.lines",
      attributeNodes = {
        @NamedAttributeNode("customer"),
        @NamedAttributeNode(value = "lineItems", subgraph = "line")
      },
      subgraphs = @NamedSubgraph(name = "line", attributeNodes = @NamedAttributeNode("product")))
})
public class PurchaseOrder extends BaseEntity {
  private Instant placedAt;

  // The owning to-one made LAZY: the clean twin of LineItem.product.
  @ManyToOne(fetch = FetchType.LAZY)
  private Customer customer;

  // Inverse side, lazy bag: no finding (mappedBy collections are the recommended mapping).
  @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
  private List<LineItem> lineItems = new ArrayList<>();

  // A many-to-many as a Set: the clean twin of Product.tags.
  @ManyToMany private Set<Tag> tags = new HashSet<>();

  protected PurchaseOrder() {}

  public PurchaseOrder(Customer customer, Instant placedAt) {
    this.customer = customer;
    this.placedAt = placedAt;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }

  public Customer getCustomer() {
    return customer;
  }

  public List<LineItem> getLineItems() {
    return lineItems;
  }

  public Set<Tag> getTags() {
    return tags;
  }

  public LineItem addLine(Product product, int quantity) {
    LineItem line = new LineItem(this, product, quantity);
    lineItems.add(line);
    return line;
  }
}
