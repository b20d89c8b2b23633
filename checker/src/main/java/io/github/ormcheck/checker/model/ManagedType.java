package io.github.ormcheck.checker.model;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.TypeElement;

/**
 * An entity, mapped superclass or embeddable, with its persistent attributes including those
 * inherited from entity and mapped superclasses.
 *
 * @param element the class
 * @param kind entity, mapped superclass or embeddable
 * @param entityName the JPQL entity name ({@code @Entity(name)} or the simple class name)
 * @param access the default access type of the class
 * @param attributes persistent attributes by name, inherited ones first, in declaration order
 * @param batchSize Hibernate {@code @BatchSize} on the class: lazy to-one associations that
 *     target it are batch-loaded
 */
public record ManagedType(
    TypeElement element,
    ManagedKind kind,
    String entityName,
    AccessType access,
    ImmutableMap<String, Attribute> attributes,
    OptionalInt batchSize) {

  public boolean isEntity() {
    return kind == ManagedKind.ENTITY;
  }

  public Optional<Attribute> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /** Attributes declared by this class itself, not inherited. */
  public Iterable<Attribute> declaredAttributes() {
    return attributes.values().stream().filter(a -> a.declaringType().equals(element))::iterator;
  }

  public String simpleName() {
    return element.getSimpleName().toString();
  }
}
