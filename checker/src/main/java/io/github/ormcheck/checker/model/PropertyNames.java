package io.github.ormcheck.checker.model;

import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** JavaBeans getter names: {@code getCustomer} and {@code isActive} to their property names. */
public final class PropertyNames {
  private PropertyNames() {}

  /**
   * The property a getter reads: {@code getX()} for any type, {@code isX()} for {@code boolean}
   * and {@code Boolean}. Hand-written and Lombok-generated getters look the same here.
   */
  public static Optional<String> propertyOfGetter(ExecutableElement method) {
    if (!method.getParameters().isEmpty() || method.getReturnType().getKind() == TypeKind.VOID) {
      return Optional.empty();
    }
    String name = method.getSimpleName().toString();
    if (name.startsWith("get") && name.length() > 3 && !name.equals("getClass")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (name.startsWith("is") && name.length() > 2 && isBoolean(method.getReturnType())) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.empty();
  }

  /** JavaBeans rule: {@code Customer} to {@code customer}, but {@code URL} stays {@code URL}. */
  static String decapitalize(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
  }
}
