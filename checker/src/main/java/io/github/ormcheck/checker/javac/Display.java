package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Symbol;

/**
 * How messages name code: {@code OrderService.load}. An anonymous class has no simple name, so it
 * is named as javac names its class file and stack traces show it, {@code OrderService$1}.
 */
public final class Display {
  private Display() {}

  /** The simple name of a class, or the binary name's last part for an anonymous one. */
  public static String type(Symbol type) {
    if (!type.getSimpleName().isEmpty() || !(type instanceof Symbol.ClassSymbol symbol)) {
      return type.getSimpleName().toString();
    }
    String flat = symbol.flatName().toString();
    return flat.substring(flat.lastIndexOf('.') + 1);
  }

  /** {@code Owner.method}. */
  public static String method(Symbol method) {
    return type(method.owner) + "." + method.getSimpleName();
  }

  /** {@code load(Long, String)}: a method with its parameters' simple type names, for overloads. */
  public static String signature(Symbol.MethodSymbol method) {
    StringBuilder text = new StringBuilder(method.getSimpleName()).append('(');
    for (int i = 0; i < method.getParameters().size(); i++) {
      text.append(i == 0 ? "" : ", ").append(method.getParameters().get(i).type.tsym.getSimpleName());
    }
    return text.append(')').toString();
  }
}
