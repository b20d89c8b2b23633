package io.github.ormcheck.checker.findings;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SuppressWarnings("RuleId")} (or {@code "all"}) on the element or any element that encloses it (method,
 * class, outer classes), the way javac and Error Prone scope suppression. (Java allows no
 * {@code @SuppressWarnings} on a package.)
 */
public final class Suppressions {
  private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";
  private static final String ALL = "all";

  private Suppressions() {}

  public static boolean isSuppressed(Element element, Rule rule) {
    for (Element current = element; current != null; current = current.getEnclosingElement()) {
      if (suppresses(current, rule.id())) {
        return true;
      }
    }
    return false;
  }

  private static boolean suppresses(Element element, String id) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals(SUPPRESS_WARNINGS)) {
        continue;
      }
      for (AnnotationValue value : annotation.getElementValues().values()) {
        Object raw = value.getValue();
        if (raw instanceof List) {
          for (Object item : (List<?>) raw) {
            if (item instanceof AnnotationValue && names(((AnnotationValue) item).getValue(), id)) {
              return true;
            }
          }
        } else if (names(raw, id)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The rule's id, exactly, or {@code "all"}, which javac and Error Prone also read as every warning. */
  private static boolean names(Object value, String id) {
    return id.equals(value) || ALL.equals(value);
  }
}
