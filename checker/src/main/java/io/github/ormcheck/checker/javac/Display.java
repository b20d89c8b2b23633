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
}
