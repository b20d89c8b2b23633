package io.github.ormcheck.checker.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads annotation mirrors by qualified name, without loading annotation classes. */
public final class Mirrors {
  private Mirrors() {}

  public static String qualifiedName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The first annotation on {@code element} whose qualified name is one of {@code names}. */
  public static Optional<AnnotationMirror> find(Element element, Collection<String> names) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (names.contains(qualifiedName(annotation))) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  public static Optional<AnnotationMirror> find(Element element, String name) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (qualifiedName(annotation).equals(name)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** A JPA annotation by simple name, in the jakarta or javax namespace. */
  public static Optional<AnnotationMirror> findPersistence(Element element, String simpleName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (JpaNames.isPersistenceAnnotation(qualifiedName(annotation), simpleName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** A value the source sets explicitly (defaults are not included). */
  public static Optional<AnnotationValue> explicitValue(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The simple name of an enum constant value ({@code EAGER} for {@code FetchType.EAGER}). */
  public static Optional<String> enumConstant(AnnotationValue value) {
    Object raw = value.getValue();
    return raw instanceof VariableElement
        ? Optional.of(((VariableElement) raw).getSimpleName().toString())
        : Optional.empty();
  }

  public static Optional<String> explicitEnum(AnnotationMirror annotation, String name) {
    return explicitValue(annotation, name).flatMap(Mirrors::enumConstant);
  }

  public static Optional<String> explicitString(AnnotationMirror annotation, String name) {
    return explicitValue(annotation, name)
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }

  public static OptionalInt explicitInt(AnnotationMirror annotation, String name) {
    Optional<Object> raw = explicitValue(annotation, name).map(AnnotationValue::getValue);
    return raw.isPresent() && raw.get() instanceof Integer
        ? OptionalInt.of((Integer) raw.get())
        : OptionalInt.empty();
  }

  /** A class-valued attribute such as {@code targetEntity}, unless it is {@code void.class}. */
  public static Optional<TypeElement> explicitClass(AnnotationMirror annotation, String name) {
    Optional<Object> raw = explicitValue(annotation, name).map(AnnotationValue::getValue);
    if (raw.isEmpty() || !(raw.get() instanceof TypeMirror)) {
      return Optional.empty();
    }
    TypeMirror type = (TypeMirror) raw.get();
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    return Optional.of((TypeElement) ((DeclaredType) type).asElement());
  }

  /** The strings of an array-valued (or single) string attribute. */
  public static List<String> explicitStrings(AnnotationMirror annotation, String name) {
    Optional<AnnotationValue> value = explicitValue(annotation, name);
    if (value.isEmpty()) {
      return List.of();
    }
    Object raw = value.get().getValue();
    if (raw instanceof String) {
      return List.of((String) raw);
    }
    if (raw instanceof List) {
      java.util.ArrayList<String> strings = new java.util.ArrayList<>();
      for (Object item : (List<?>) raw) {
        Object itemValue = item instanceof AnnotationValue ? ((AnnotationValue) item).getValue() : item;
        if (itemValue instanceof String) {
          strings.add((String) itemValue);
        }
      }
      return List.copyOf(strings);
    }
    return List.of();
  }
}
