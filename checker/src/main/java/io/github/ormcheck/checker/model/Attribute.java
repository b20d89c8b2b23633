package io.github.ormcheck.checker.model;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A persistent attribute of a managed type.
 *
 * @param name the attribute name, as JPQL and entity graphs spell it
 * @param declaringType the class that declares it (an entity, mapped superclass or embeddable)
 * @param element the field (field access) or getter (property access) carrying the mapping
 * @param type the attribute's type as seen from the managed type that owns the model, with the
 *     type variables of generic superclasses resolved
 * @param kind what the attribute holds
 * @param association the mapping, for associations and element collections
 * @param embeddable the embeddable class, for embedded attributes
 */
public record Attribute(
    String name,
    TypeElement declaringType,
    Element element,
    TypeMirror type,
    AttributeKind kind,
    Optional<Association> association,
    Optional<TypeElement> embeddable) {

  public boolean isAssociation() {
    return kind == AttributeKind.ASSOCIATION;
  }

  /** Associations and element collections: what lazy loading and fetch plans are about. */
  public boolean isFetchable() {
    return association.isPresent();
  }

  /** {@code Order.customer}, for messages. */
  public String qualifiedName() {
    return declaringType.getSimpleName() + "." + name;
  }
}
