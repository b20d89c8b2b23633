package io.github.ormcheck.checker.model;

import com.google.common.collect.ImmutableList;

/**
 * Names of the JPA and Hibernate annotations the model reads. ormcheck never loads these
 * classes: it compares qualified names, so it works with {@code jakarta.persistence}, the older
 * {@code javax.persistence}, or neither on the class path.
 */
public final class JpaNames {
  private static final ImmutableList<String> PERSISTENCE_PACKAGES =
      ImmutableList.of("jakarta.persistence.", "javax.persistence.");

  public static final String ENTITY = "Entity";
  public static final String MAPPED_SUPERCLASS = "MappedSuperclass";
  public static final String EMBEDDABLE = "Embeddable";
  public static final String EMBEDDED = "Embedded";
  public static final String EMBEDDED_ID = "EmbeddedId";
  public static final String ID = "Id";
  public static final String ACCESS = "Access";
  public static final String TRANSIENT = "Transient";
  public static final String MANY_TO_ONE = "ManyToOne";
  public static final String ONE_TO_ONE = "OneToOne";
  public static final String ONE_TO_MANY = "OneToMany";
  public static final String MANY_TO_MANY = "ManyToMany";
  public static final String ELEMENT_COLLECTION = "ElementCollection";
  public static final String JOIN_COLUMN = "JoinColumn";
  public static final String JOIN_COLUMNS = "JoinColumns";
  public static final String JOIN_TABLE = "JoinTable";
  public static final String ORDER_COLUMN = "OrderColumn";
  public static final String MAPS_ID = "MapsId";
  public static final String PRIMARY_KEY_JOIN_COLUMN = "PrimaryKeyJoinColumn";
  public static final String NAMED_ENTITY_GRAPH = "NamedEntityGraph";
  public static final String NAMED_ENTITY_GRAPHS = "NamedEntityGraphs";
  public static final String NAMED_QUERY = "NamedQuery";
  public static final String NAMED_QUERIES = "NamedQueries";
  public static final String NAMED_NATIVE_QUERY = "NamedNativeQuery";
  public static final String NAMED_NATIVE_QUERIES = "NamedNativeQueries";

  public static final String HIBERNATE_BATCH_SIZE = "org.hibernate.annotations.BatchSize";
  public static final String HIBERNATE_FETCH = "org.hibernate.annotations.Fetch";
  public static final String HIBERNATE_LAZY_COLLECTION = "org.hibernate.annotations.LazyCollection";
  /** Hibernate 5 and 6 (removed in 7): {@code NO_PROXY} works only on bytecode-enhanced entities. */
  public static final String HIBERNATE_LAZY_TO_ONE = "org.hibernate.annotations.LazyToOne";
  public static final String HIBERNATE_COLLECTION_ID = "org.hibernate.annotations.CollectionId";
  public static final String HIBERNATE_LIST_INDEX_BASE = "org.hibernate.annotations.ListIndexBase";

  /** OpenJPA's join column in the element's table, for a one-to-many without a join table. */
  public static final String OPENJPA_ELEMENT_JOIN_COLUMN =
      "org.apache.openjpa.persistence.jdbc.ElementJoinColumn";
  public static final String OPENJPA_ELEMENT_JOIN_COLUMNS =
      "org.apache.openjpa.persistence.jdbc.ElementJoinColumns";
  /** OpenJPA's join table for a collection, whose columns {@code @ElementJoinColumn} then names. */
  public static final String OPENJPA_CONTAINER_TABLE = "org.apache.openjpa.persistence.jdbc.ContainerTable";

  private JpaNames() {}

  /** The qualified names of a persistence annotation in both namespaces. */
  public static ImmutableList<String> persistence(String simpleName) {
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (String pkg : PERSISTENCE_PACKAGES) {
      names.add(pkg + simpleName);
    }
    return names.build();
  }

  /** Whether {@code qualifiedName} is the persistence annotation {@code simpleName} in either namespace. */
  public static boolean isPersistenceAnnotation(String qualifiedName, String simpleName) {
    if (!qualifiedName.endsWith(simpleName)) {
      return false;
    }
    int packageLength = qualifiedName.length() - simpleName.length();
    for (String pkg : PERSISTENCE_PACKAGES) {
      if (pkg.length() == packageLength && qualifiedName.startsWith(pkg)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a qualified annotation name is any {@code jakarta.persistence}/{@code javax.persistence} one. */
  public static boolean isPersistenceAnnotation(String qualifiedName) {
    for (String pkg : PERSISTENCE_PACKAGES) {
      if (qualifiedName.startsWith(pkg) && qualifiedName.indexOf('.', pkg.length()) < 0) {
        return true;
      }
    }
    return false;
  }
}
