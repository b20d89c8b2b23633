package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.TypeTag;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.model.JavacElements;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
  private final Names names;
  /** Per class: the qualified names of its erased supertypes, itself included. */
  private final Map<Symbol.TypeSymbol, Set<Name>> supertypeNames = new HashMap<>();
  /** The framework names asked about, as javac's interned names. */
  private final Map<String, Name> nameOf = new HashMap<>();

  private KnownTypes(Context context) {
    this.elements = JavacElements.instance(context);
    this.types = Types.instance(context);
    this.names = Names.instance(context);
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
   * The first type argument of {@code type} seen as the generic supertype of that name: {@code
   * Order} for an {@code OrderRepository} and {@code Repository<T, ID>}. Empty when the supertype
   * is unknown, not a supertype, or raw.
   */
  public Optional<Type> typeArgument(Type type, String supertype) {
    if (type == null) {
      return Optional.empty();
    }
    Type seenAs = find(supertype).map(base -> types.asSuper(type, base)).orElse(null);
    return seenAs == null || seenAs.getTypeArguments().isEmpty()
        ? Optional.empty()
        : Optional.of(seenAs.getTypeArguments().get(0));
  }

  /**
   * Whether {@code type}, erased, is a subtype of the erased type of that name; false if either is
   * unknown. Asked at every call by several checks, for names of which most are not on a given
   * class path (some thirty HTTP, messaging and cloud clients): looking those up would search
   * every module for each. So the question is turned around: the names of a class's supertypes
   * (javac's closure, which loads what the class extends and nothing else) are read once per
   * class, and the answer is whether the name is among them.
   */
  public boolean isSubtype(Type type, String qualifiedName) {
    if (type == null || type.isPrimitiveOrVoid()) {
      return false;
    }
    Type erased = types.erasure(type); // a type variable: its bound
    if (!erased.hasTag(TypeTag.CLASS) || !(erased.tsym instanceof Symbol.ClassSymbol)) {
      Optional<Symbol.ClassSymbol> target = find(qualifiedName); // arrays
      return target.isPresent() && types.isSubtype(erased, types.erasure(target.get().type));
    }
    Set<Name> supertypes = supertypeNames.get(erased.tsym);
    if (supertypes == null) {
      supertypes = new HashSet<>();
      try {
        for (Type supertype : types.closure(erased)) {
          supertypes.add(supertype.tsym.getQualifiedName());
        }
      } catch (Symbol.CompletionFailure e) {
        // A supertype missing from the class path: what javac could read still answers.
      }
      supertypeNames.put(erased.tsym, supertypes);
    }
    return supertypes.contains(nameOf.computeIfAbsent(qualifiedName, names::fromString));
  }

  /**
   * Whether a value of {@code type} holds many values at once: an {@code Iterable} or an array,
   * except {@code byte[]} and {@code char[]}, which are one value (a checksum, a password).
   */
  public boolean holdsManyValues(Type type) {
    if (type instanceof Type.ArrayType array) {
      return !array.elemtype.hasTag(TypeTag.BYTE) && !array.elemtype.hasTag(TypeTag.CHAR);
    }
    return isSubtype(type, "java.lang.Iterable");
  }
}
