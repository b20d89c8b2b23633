package io.github.ormcheck.checker.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The JPA entity model of one compilation: entities, mapped superclasses and embeddables, read
 * on demand from source or class files and cached. Not thread-safe; one instance per
 * compilation (see {@link CompilationScope}).
 */
public final class EntityModel {
  private final Types types;
  private final MappingReader reader;
  private final Map<TypeElement, Optional<ManagedType>> cache = new HashMap<>();
  private final Map<Embedding, Optional<ManagedType>> embeddings = new HashMap<>();

  public EntityModel(Types types) {
    this.types = types;
    this.reader = new MappingReader(types);
  }

  /** The managed type a class declares, if it is an entity, mapped superclass or embeddable. */
  public Optional<ManagedType> managedType(TypeElement type) {
    Optional<ManagedType> cached = cache.get(type);
    if (cached != null) {
      return cached;
    }
    Optional<ManagedType> read = reader.read(type, Optional.empty());
    cache.put(type, read);
    return read;
  }

  public Optional<ManagedType> managedType(TypeMirror type) {
    return asTypeElement(type).flatMap(this::managedType);
  }

  public Optional<ManagedType> entity(TypeElement type) {
    return managedType(type).filter(ManagedType::isEntity);
  }

  public Optional<ManagedType> entity(TypeMirror type) {
    return asTypeElement(type).flatMap(this::entity);
  }

  /**
   * The embeddable an embedded attribute holds. Unless the embeddable declares {@code @Access}, it
   * takes the access type of the attribute that embeds it (JPA 2.3.3), so the same embeddable may
   * read differently under field and property access.
   */
  public Optional<ManagedType> embeddable(Attribute attribute) {
    if (attribute.embeddable().isEmpty()) {
      return Optional.empty();
    }
    AccessType access =
        attribute.element().getKind() == ElementKind.METHOD ? AccessType.PROPERTY : AccessType.FIELD;
    Embedding embedding = new Embedding(attribute.embeddable().get(), access);
    Optional<ManagedType> cached = embeddings.get(embedding);
    if (cached != null) {
      return cached;
    }
    Optional<ManagedType> read = reader.read(embedding.type(), Optional.of(access));
    embeddings.put(embedding, read);
    return read;
  }

  /** The managed type at the other end of an association, when it is modelled. */
  public Optional<ManagedType> target(Attribute attribute) {
    return attribute.association().flatMap(Association::target).flatMap(this::managedType);
  }

  /**
   * The attribute a getter call reads: {@code order.getCustomer()} with receiver type {@code
   * Order} to {@code Order.customer}. Works for field and property access, inherited attributes
   * and embeddables; empty when the method is not a getter of a persistent attribute (a computed
   * getter, a getter whose type does not match the attribute's).
   */
  public Optional<Attribute> attributeForGetter(TypeMirror receiverType, ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    Optional<String> property = PropertyNames.propertyOfGetter(method);
    if (property.isEmpty()) {
      return Optional.empty();
    }
    Optional<ManagedType> owner =
        managedType(receiverType)
            .or(() -> method.getEnclosingElement().getKind() == ElementKind.CLASS
                ? managedType((TypeElement) method.getEnclosingElement())
                : Optional.empty());
    return owner
        .flatMap(type -> type.attribute(property.get()))
        .filter(attribute -> typesCompatible(attribute.type(), method.getReturnType()));
  }

  /**
   * The Hibernate batch size that applies when this association is loaded lazily: {@code
   * @BatchSize} on the association, else on the target class (to-one only, as Hibernate does).
   */
  public OptionalInt batchSize(Association association) {
    if (association.batchSize().isPresent()) {
      return association.batchSize();
    }
    if (association.isToOne()) {
      return association.target().flatMap(this::managedType).map(ManagedType::batchSize)
          .orElse(OptionalInt.empty());
    }
    return OptionalInt.empty();
  }

  private boolean typesCompatible(TypeMirror attributeType, TypeMirror getterType) {
    TypeMirror attribute = types.erasure(attributeType);
    TypeMirror getter = types.erasure(getterType);
    return types.isAssignable(attribute, getter) || types.isAssignable(getter, attribute);
  }

  private static Optional<TypeElement> asTypeElement(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of((TypeElement) ((DeclaredType) type).asElement());
  }

  /** An embeddable as read under the access type of the attribute that embeds it. */
  private record Embedding(TypeElement type, AccessType access) {}
}
