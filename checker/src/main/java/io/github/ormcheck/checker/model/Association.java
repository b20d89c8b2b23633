package io.github.ormcheck.checker.model;

import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * The mapping of an association or element collection, as declared on its attribute.
 *
 * @param cardinality the mapping annotation
 * @param fetch the fetch type in effect (Hibernate's {@code @Fetch(JOIN)} and {@code
 *     @LazyCollection(FALSE)} make an association eager whatever {@code fetch} says)
 * @param fetchSource why {@link #fetch} is what it is
 * @param target the entity (or element type) at the other end; empty when it cannot be resolved
 * @param collectionKind bag, set, list, map, or {@link CollectionKind#NONE} for a to-one
 * @param mappedBy the owning side's attribute, for an inverse association
 * @param joinColumn whether {@code @JoinColumn}/{@code @JoinColumns} is present, or OpenJPA's
 *     {@code @ElementJoinColumn}/{@code @ElementJoinColumns}, which on a one-to-many put the
 *     foreign key in the element's table as {@code @JoinColumn} does
 * @param joinTable whether {@code @JoinTable} is present
 * @param mapsId whether {@code @MapsId} is present
 * @param batchSize Hibernate {@code @BatchSize} on the association itself
 * @param fetchMode Hibernate {@code @Fetch} on the association
 * @param mapping the mapping annotation, to point diagnostics at
 * @param fetchValue the {@code fetch = ...} value when written, to point diagnostics at
 */
public record Association(
    Cardinality cardinality,
    FetchType fetch,
    FetchSource fetchSource,
    Optional<TypeElement> target,
    CollectionKind collectionKind,
    Optional<String> mappedBy,
    boolean joinColumn,
    boolean joinTable,
    boolean mapsId,
    OptionalInt batchSize,
    Optional<FetchMode> fetchMode,
    AnnotationMirror mapping,
    Optional<AnnotationValue> fetchValue) {

  public boolean isCollection() {
    return cardinality.isPlural();
  }

  public boolean isToOne() {
    return !cardinality.isPlural();
  }

  public boolean isEager() {
    return fetch == FetchType.EAGER;
  }

  public boolean isLazy() {
    return fetch == FetchType.LAZY;
  }

  public boolean isBag() {
    return collectionKind.isBag();
  }

  /** The inverse side of a bidirectional association ({@code mappedBy} set). */
  public boolean isInverse() {
    return mappedBy.isPresent();
  }

  /**
   * Whether Hibernate loads this association with separate selects even when its owner is
   * fetched with a join: {@code @Fetch(SELECT)} or {@code @Fetch(SUBSELECT)}.
   */
  public boolean isFetchedBySeparateSelect() {
    return fetchMode.filter(mode -> mode != FetchMode.JOIN).isPresent();
  }
}
