package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.model.JavacElements;
import com.sun.tools.javac.util.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The framework types the checks ask about (Spring Data's {@code Repository}, JPA's {@code Query},
 * {@code Iterable}...), looked up by qualified name once per compilation. {@code
 * Elements.getTypeElement} searches every module on each call; the checks ask for the same few
 * names at every method call they see, so the answer (also "not on the class path") is kept in
 * javac's {@link Context} for the compilation. Only for the Error Prone checks, which run after
 * annotation processing: by then no new types appear.
 */
public final class KnownTypes {
  private static final Context.Key<KnownTypes> KEY = new Context.Key<>();

  private final JavacElements elements;
  private final Types types;
  private final Map<String, Optional<Symbol.ClassSymbol>> byName = new HashMap<>();
  /** Per framework type: which classes are its subtypes (erased). */
  private final Map<Symbol.ClassSymbol, Map<Symbol.TypeSymbol, Boolean>> subtypes = new HashMap<>();

  private KnownTypes(Context context) {
    this.elements = JavacElements.instance(context);
    this.types = Types.instance(context);
  }

  public static KnownTypes instance(Context context) {
    return CompilationScope.instance(context, KEY, KnownTypes::new);
  }

  /** The class or interface of that qualified name, if the compilation can see it. */
  public Optional<Symbol.ClassSymbol> find(String qualifiedName) {
    Optional<Symbol.ClassSymbol> known = byName.get(qualifiedName);
    if (known == null) {
      known = Optional.ofNullable(elements.getTypeElement(qualifiedName));
      byName.put(qualifiedName, known);
    }
    return known;
  }

  /**
   * Whether {@code type}, erased, is a subtype of the erased type of that name; false if either is
   * unknown. Asked at every call by several checks, so the answer for a class type is kept per
   * class: its erasure, and so the answer, does not depend on its type arguments.
   */
  public boolean isSubtype(Type type, String qualifiedName) {
    if (type == null || type.isPrimitiveOrVoid()) {
      return false;
    }
    Optional<Symbol.ClassSymbol> target = find(qualifiedName);
    if (target.isEmpty()) {
      return false;
    }
    if (!type.hasTag(TypeTag.CLASS) || !(type.tsym instanceof Symbol.ClassSymbol)) {
      return types.isSubtype(types.erasure(type), types.erasure(target.get().type)); // arrays, type variables...
    }
    Map<Symbol.TypeSymbol, Boolean> answers = subtypes.computeIfAbsent(target.get(), t -> new HashMap<>());
    Boolean answer = answers.get(type.tsym);
    if (answer == null) {
      answer = types.isSubtype(types.erasure(type), types.erasure(target.get().type));
      answers.put(type.tsym, answer);
    }
    return answer;
  }
}
