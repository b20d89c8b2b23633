package io.github.ormcheck.checker.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Reads the association mapping annotations of one attribute. */
final class AssociationReader {
  private final Types types;

  AssociationReader(Types types) {
    this.types = types;
  }

  /** The association a member with these annotations and this type maps, if any. */
  Optional<Association> read(Annotations on, TypeMirror type) {
    for (Cardinality cardinality : Cardinality.values()) {
      Optional<AnnotationMirror> mapping = on.findPersistence(cardinality.annotation());
      if (mapping.isPresent()) {
        return Optional.of(read(on, type, cardinality, mapping.get()));
      }
    }
    return Optional.empty();
  }

  private Association read(
      Annotations member, TypeMirror type, Cardinality cardinality, AnnotationMirror mapping) {
    Optional<AnnotationValue> fetchValue = Mirrors.explicitValue(mapping, "fetch");
    Optional<FetchMode> fetchMode = hibernateFetchMode(member);
    FetchType fetch = cardinality.jpaDefault();
    FetchSource source = FetchSource.JPA_DEFAULT;
    Optional<String> explicitFetch = fetchValue.flatMap(Mirrors::enumConstant);
    if (explicitFetch.isPresent()) {
      fetch = explicitFetch.get().equals("EAGER") ? FetchType.EAGER : FetchType.LAZY;
      source = FetchSource.EXPLICIT;
    }
    if (fetchMode.equals(Optional.of(FetchMode.JOIN))) {
      fetch = FetchType.EAGER;
      source = FetchSource.HIBERNATE_FETCH_JOIN;
    } else if (lazyCollectionDisabled(member)) {
      fetch = FetchType.EAGER;
      source = FetchSource.HIBERNATE_LAZY_COLLECTION;
    }
    Optional<TypeElement> target =
        Mirrors.explicitClass(
                mapping,
                cardinality == Cardinality.ELEMENT_COLLECTION ? "targetClass" : "targetEntity")
            .or(() -> cardinality.isPlural() ? elementType(type) : declaredElement(type));
    return new Association(
        cardinality,
        fetch,
        source,
        target,
        cardinality.isPlural() ? collectionKind(member, type) : CollectionKind.NONE,
        Mirrors.explicitString(mapping, "mappedBy").filter(name -> !name.isEmpty()),
        member.hasPersistence(JpaNames.JOIN_COLUMN) || member.hasPersistence(JpaNames.JOIN_COLUMNS)
            || openJpaForeignKey(member),
        member.hasPersistence(JpaNames.JOIN_TABLE),
        member.hasPersistence(JpaNames.MAPS_ID),
        member.find(JpaNames.HIBERNATE_BATCH_SIZE)
            .map(batch -> Mirrors.explicitInt(batch, "size"))
            .orElse(OptionalInt.empty()),
        fetchMode,
        mapping,
        fetchValue);
  }

  /**
   * OpenJPA's {@code @ElementJoinColumn(s)}: a foreign key in the element's table, unless a join
   * table ({@code @ContainerTable}, {@code @JoinTable}) is declared, where it names the join
   * table's column instead.
   */
  private static boolean openJpaForeignKey(Annotations member) {
    return (member.has(JpaNames.OPENJPA_ELEMENT_JOIN_COLUMN) || member.has(JpaNames.OPENJPA_ELEMENT_JOIN_COLUMNS))
        && !member.has(JpaNames.OPENJPA_CONTAINER_TABLE)
        && !member.hasPersistence(JpaNames.JOIN_TABLE);
  }

  private static Optional<FetchMode> hibernateFetchMode(Annotations member) {
    return member.find(JpaNames.HIBERNATE_FETCH)
        .flatMap(fetch -> Mirrors.explicitEnum(fetch, "value"))
        .flatMap(
            constant -> {
              for (FetchMode mode : FetchMode.values()) {
                if (mode.name().equals(constant)) {
                  return Optional.of(mode);
                }
              }
              return Optional.empty();
            });
  }

  private static boolean lazyCollectionDisabled(Annotations member) {
    return member.find(JpaNames.HIBERNATE_LAZY_COLLECTION)
        .flatMap(lazy -> Mirrors.explicitEnum(lazy, "value"))
        .filter("FALSE"::equals)
        .isPresent();
  }

  private CollectionKind collectionKind(Annotations member, TypeMirror type) {
    String erased = erasedName(type);
    switch (erased) {
      case "java.util.Set":
      case "java.util.SortedSet":
      case "java.util.NavigableSet":
        return CollectionKind.SET;
      case "java.util.Map":
      case "java.util.SortedMap":
      case "java.util.NavigableMap":
        return CollectionKind.MAP;
      case "java.util.List":
      case "java.util.Collection":
        // As Hibernate binds them: only a List is indexed; a Collection ignores @OrderColumn.
        if (erased.equals("java.util.List")
            && (member.hasPersistence(JpaNames.ORDER_COLUMN) || member.has(JpaNames.HIBERNATE_LIST_INDEX_BASE))) {
          return CollectionKind.LIST;
        }
        return member.has(JpaNames.HIBERNATE_COLLECTION_ID)
            ? CollectionKind.ID_BAG
            : CollectionKind.BAG;
      default:
        // Concrete or custom collection types: Hibernate's semantics depend on user types.
        return isAssignableToErasure(type, "java.util.Set") ? CollectionKind.SET : CollectionKind.NONE;
    }
  }

  private String erasedName(TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    return erased.getKind() == TypeKind.DECLARED
        ? ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString()
        : erased.toString();
  }

  private boolean isAssignableToErasure(TypeMirror type, String qualifiedName) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (erasedName(supertype).equals(qualifiedName) || isAssignableToErasure(supertype, qualifiedName)) {
        return true;
      }
    }
    return false;
  }

  /** The element type of a collection ({@code List<X>}) or the value type of a map. */
  private static Optional<TypeElement> elementType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    return arguments.isEmpty()
        ? Optional.empty()
        : declaredElement(arguments.get(arguments.size() - 1));
  }

  private static Optional<TypeElement> declaredElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
        : Optional.empty();
  }
}
