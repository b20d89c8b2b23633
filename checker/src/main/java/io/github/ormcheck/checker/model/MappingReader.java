package io.github.ormcheck.checker.model;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Reads the JPA mapping of one class from {@code javax.lang.model} elements, which javac provides
 * alike for classes in source and in class files.
 */
final class MappingReader {
  private final Types types;
  private final AssociationReader associations;
  /**
   * The annotations of every class and member read so far: a mapped superclass's members are
   * read again for each subclass, and each member is asked about many annotations.
   */
  private final Map<Element, Annotations> annotations = new HashMap<>();

  MappingReader(Types types) {
    this.types = types;
    this.associations = new AssociationReader(types);
  }

  private Annotations annotations(Element element) {
    return annotations.computeIfAbsent(element, Annotations::of);
  }

  private Optional<ManagedKind> managedKind(TypeElement type) {
    Annotations on = annotations(type);
    for (ManagedKind kind : ManagedKind.values()) {
      if (on.hasPersistence(kind.annotation())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads {@code type}. {@code ownerAccess} is the access type of the entity that embeds an
   * embeddable, used when the embeddable declares none of its own.
   */
  Optional<ManagedType> read(TypeElement type, Optional<AccessType> ownerAccess) {
    Optional<ManagedKind> kind = managedKind(type);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    Deque<TypeElement> hierarchy = managedHierarchy(type);
    AccessType access = hierarchyAccess(hierarchy, ownerAccess);
    DeclaredType viewpoint = (DeclaredType) type.asType();
    Map<String, Attribute> attributes = new LinkedHashMap<>();
    for (TypeElement declaring : hierarchy) {
      AccessType classAccess = explicitAccess(declaring).orElse(access);
      for (Element member : persistentMembers(declaring, classAccess)) {
        Attribute attribute = attribute(viewpoint, declaring, member);
        attributes.putIfAbsent(attribute.name(), attribute);
      }
    }
    return Optional.of(
        new ManagedType(
            type,
            kind.get(),
            entityName(type),
            access,
            ImmutableMap.copyOf(attributes),
            annotations(type).find(JpaNames.HIBERNATE_BATCH_SIZE)
                .map(batch -> Mirrors.explicitInt(batch, "size"))
                .orElse(OptionalInt.empty())));
  }

  /** The class and its entity and mapped superclasses, topmost first. */
  private Deque<TypeElement> managedHierarchy(TypeElement type) {
    Deque<TypeElement> hierarchy = new ArrayDeque<>();
    hierarchy.addFirst(type);
    TypeMirror superclass = type.getSuperclass();
    for (int depth = 0; depth < 64 && superclass.getKind() == TypeKind.DECLARED; depth++) {
      TypeElement superElement = (TypeElement) ((DeclaredType) superclass).asElement();
      Optional<ManagedKind> kind = managedKind(superElement);
      if (kind.isPresent() && kind.get() != ManagedKind.EMBEDDABLE) {
        hierarchy.addFirst(superElement);
      }
      superclass = superElement.getSuperclass();
    }
    return hierarchy;
  }

  /**
   * JPA's order: an explicit {@code @Access} on the class, else where {@code @Id}/{@code
   * @EmbeddedId} sits in the hierarchy, else where the other mapping annotations sit, else the
   * owner's access (embeddables), else field access.
   */
  private AccessType hierarchyAccess(
      Deque<TypeElement> hierarchy, Optional<AccessType> ownerAccess) {
    Optional<AccessType> explicit = explicitAccess(hierarchy.getLast());
    if (explicit.isPresent()) {
      return explicit.get();
    }
    for (TypeElement type : hierarchy) {
      Optional<AccessType> byId = placementOf(type, true);
      if (byId.isPresent()) {
        return byId.get();
      }
    }
    if (ownerAccess.isPresent()) {
      return ownerAccess.get();
    }
    for (TypeElement type : hierarchy) {
      Optional<AccessType> byMapping = placementOf(type, false);
      if (byMapping.isPresent()) {
        return byMapping.get();
      }
    }
    return AccessType.FIELD;
  }

  private Optional<AccessType> placementOf(TypeElement type, boolean idOnly) {
    for (Element member : type.getEnclosedElements()) {
      if (member.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      Annotations on = annotations(member);
      boolean marked =
          idOnly
              ? on.hasPersistence(JpaNames.ID) || on.hasPersistence(JpaNames.EMBEDDED_ID)
              : on.hasAnyPersistence();
      if (marked && member.getKind() == ElementKind.FIELD) {
        return Optional.of(AccessType.FIELD);
      }
      if (marked && member.getKind() == ElementKind.METHOD) {
        return Optional.of(AccessType.PROPERTY);
      }
    }
    return Optional.empty();
  }

  private Optional<AccessType> explicitAccess(Element element) {
    return annotations(element).findPersistence(JpaNames.ACCESS)
        .flatMap(access -> Mirrors.explicitEnum(access, "value"))
        .flatMap(MappingReader::accessType);
  }

  private static Optional<AccessType> accessType(String constant) {
    for (AccessType access : AccessType.values()) {
      if (access.name().equals(constant)) {
        return Optional.of(access);
      }
    }
    return Optional.empty();
  }

  /** Fields or getters that hold persistent state, honoring per-member {@code @Access}. */
  private List<Element> persistentMembers(TypeElement type, AccessType classAccess) {
    List<Element> members = new java.util.ArrayList<>();
    // A getter marked @Access(PROPERTY) maps its property; the field of the same name does not.
    java.util.Set<String> propertyGetters = new java.util.HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (explicitAccess(method).filter(AccessType.PROPERTY::equals).isPresent()) {
        PropertyNames.propertyOfGetter(method).ifPresent(propertyGetters::add);
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (propertyGetters.contains(field.getSimpleName().toString())) {
        continue;
      }
      AccessType memberAccess = explicitAccess(field).orElse(classAccess);
      // A field of a field-access class stays an attribute with @Access(PROPERTY) on it: Hibernate
      // reads its mapping from the field and only reaches the value through the getter.
      if ((memberAccess == AccessType.FIELD || classAccess == AccessType.FIELD) && isPersistentField(field)) {
        members.add(field);
      }
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AccessType memberAccess = explicitAccess(method).orElse(classAccess);
      if (memberAccess == AccessType.PROPERTY
          && PropertyNames.propertyOfGetter(method).isPresent()
          && !method.getModifiers().contains(Modifier.STATIC)
          && !annotations(method).hasPersistence(JpaNames.TRANSIENT)) {
        members.add(method);
      }
    }
    return members;
  }

  private boolean isPersistentField(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !annotations(field).hasPersistence(JpaNames.TRANSIENT);
  }

  private Attribute attribute(DeclaredType viewpoint, TypeElement declaring, Element member) {
    String name =
        member.getKind() == ElementKind.FIELD
            ? member.getSimpleName().toString()
            : PropertyNames.propertyOfGetter((ExecutableElement) member).orElseThrow();
    TypeMirror type = memberType(viewpoint, member);
    Annotations on = annotations(member);
    Optional<Association> association = associations.read(on, type);
    if (association.isPresent()) {
      AttributeKind kind =
          association.get().cardinality() == Cardinality.ELEMENT_COLLECTION
              ? AttributeKind.ELEMENT_COLLECTION
              : AttributeKind.ASSOCIATION;
      return new Attribute(name, declaring, member, type, kind, association, Optional.empty());
    }
    Optional<TypeElement> embeddable = embeddableOf(on, type);
    if (embeddable.isPresent()) {
      return new Attribute(
          name, declaring, member, type, AttributeKind.EMBEDDED, Optional.empty(), embeddable);
    }
    boolean id = on.hasPersistence(JpaNames.ID) || on.hasPersistence(JpaNames.EMBEDDED_ID);
    return new Attribute(
        name,
        declaring,
        member,
        type,
        id ? AttributeKind.ID : AttributeKind.BASIC,
        Optional.empty(),
        Optional.empty());
  }

  /** The member's type seen from {@code viewpoint}: type variables of generic supertypes bound. */
  private TypeMirror memberType(DeclaredType viewpoint, Element member) {
    TypeMirror declared =
        member.getKind() == ElementKind.METHOD
            ? ((ExecutableElement) member).getReturnType()
            : member.asType();
    try {
      TypeMirror asMember = types.asMemberOf(viewpoint, member);
      return asMember.getKind() == TypeKind.EXECUTABLE
          ? ((javax.lang.model.type.ExecutableType) asMember).getReturnType()
          : asMember;
    } catch (IllegalArgumentException e) {
      return declared;
    }
  }

  private Optional<TypeElement> embeddableOf(Annotations member, TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    boolean embedded =
        member.hasPersistence(JpaNames.EMBEDDED)
            || member.hasPersistence(JpaNames.EMBEDDED_ID)
            || annotations(element).hasPersistence(JpaNames.EMBEDDABLE);
    return embedded ? Optional.of(element) : Optional.empty();
  }

  private String entityName(TypeElement type) {
    return annotations(type).findPersistence(JpaNames.ENTITY)
        .flatMap(entity -> Mirrors.explicitString(entity, "name"))
        .filter(name -> !name.isEmpty())
        .orElse(type.getSimpleName().toString());
  }
}
