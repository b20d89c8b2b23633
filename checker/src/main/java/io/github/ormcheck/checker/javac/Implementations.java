package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.frameworks.Beans;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which code a call of an abstract method runs, as far as this compilation can tell: the body of
 * its implementation when exactly one concrete class compiled here implements it. Spring injects
 * beans by interface, so a service that calls {@code notifier.orderPlaced(order)} runs {@code
 * MailNotifier.orderPlaced} when that is the only {@code Notifier} in the module. With two or more
 * implementations the one that runs depends on the wiring, and with none (a Spring Data
 * repository, an interface from a jar) there is no source to follow: both are answered with
 * nothing. So are functional interfaces, which lambdas implement as well as classes, and
 * interfaces from the JDK or a library. An interface from the class path counts as the
 * application's own when it comes from the same code base as its implementation, as a
 * multi-module build splits them ({@code org.mitre.oauth2.repository.OAuth2TokenRepository} in
 * one module, {@code org.mitre.oauth2.repository.impl.JpaOAuth2TokenRepository} in the next):
 * their packages share their first three names ({@link #codeBase}), and the implementation is a
 * bean its container finds by itself ({@link Beans#COMPONENTS}): then a field of the interface's
 * type is injected with it. An implementation that a factory creates (a Keycloak provider, which
 * a caching layer of another module wraps) is not followed: the caller may get another one.
 *
 * <p>The compilation's classes are listed once, on the first question (javac has entered all of
 * them by the time Error Prone's checks run); answers are kept per method. Only for the Error
 * Prone checks: during annotation processing, later rounds may add classes.
 */
public final class Implementations {
  private static final Context.Key<Implementations> KEY = new Context.Key<>();
  /** How many leading package names a class-path interface shares with its implementation. */
  private static final int CODE_BASE_NAMES = 3;

  private final Context context;
  private final Types types;
  private final JavacTrees trees;
  private final Map<Symbol.MethodSymbol, Optional<Symbol.MethodSymbol>> sole = new HashMap<>();
  /** Built on the first question: see {@link #concreteSubclasses()}. */
  private Map<Symbol.TypeSymbol, List<Symbol.ClassSymbol>> concreteSubclasses;
  private final Map<Symbol.MethodSymbol, Boolean> overriddenHere = new HashMap<>();
  /** Built with {@link #concreteSubclasses}: see {@link #codeBase}. */
  private Set<String> codeBases;

  private Implementations(Context context) {
    this.context = context;
    this.types = Types.instance(context);
    this.trees = JavacTrees.instance(context);
  }

  public static Implementations instance(Context context) {
    return CompilationScope.instance(context, KEY, Implementations::new);
  }

  /**
   * The one method with a body in this compilation that a call of {@code method} runs, when {@code
   * method} is abstract (an interface method without a default body, or an abstract class's
   * method) and exactly one concrete class of this compilation implements it. Empty otherwise,
   * also for a method that has a body of its own.
   */
  public Optional<Symbol.MethodSymbol> sole(Symbol.MethodSymbol method) {
    if ((method.flags() & Flags.ABSTRACT) == 0 || (method.flags() & Flags.STATIC) != 0
        || !(method.owner instanceof Symbol.ClassSymbol owner)) {
      return Optional.empty();
    }
    Optional<Symbol.MethodSymbol> known = sole.get(method);
    if (known == null) {
      // Only interfaces and classes of this compilation or of its own code base: for a JDK or
      // library type (Iterator, List, CrudRepository) a lone implementation here says nothing
      // about the receiver at hand.
      if (trees.getTree(owner) != null) {
        known = find(method, owner);
      } else {
        Optional<String> base = codeBase(owner);
        known = base.isPresent() && codeBases().contains(base.get())
            ? find(method, owner)
                .filter(implementation -> codeBase(implementation.enclClass()).equals(base)
                    && isComponent(implementation.enclClass(), 0))
            : Optional.empty();
      }
      sole.put(method, known);
    }
    return known;
  }

  /**
   * The method a call of {@code method} runs, as far as this compilation shows: for an abstract
   * method its only implementation ({@link #sole}); for a method with a body, itself, unless it
   * can be overridden and a class of the compilation overrides it, when the override may be what
   * runs. Empty when the compilation cannot tell.
   */
  public Optional<Symbol.MethodSymbol> runs(Symbol.MethodSymbol method) {
    if ((method.flags() & Flags.ABSTRACT) != 0) {
      return sole(method);
    }
    if ((method.flags() & (Flags.PRIVATE | Flags.STATIC | Flags.FINAL)) != 0
        || method.isConstructor()
        || !(method.owner instanceof Symbol.ClassSymbol owner)
        || (owner.flags() & Flags.FINAL) != 0
        || trees.getTree(owner) == null) {
      // Not overridable, or a method of the class path, whose body is not here to follow anyway.
      return Optional.of(method);
    }
    Boolean overridden = overriddenHere.get(method);
    if (overridden == null) {
      overridden = false;
      for (Symbol.ClassSymbol type : concreteSubclasses().getOrDefault(owner, List.of())) {
        Symbol.MethodSymbol implementation = method.implementation(type, types, true);
        if (implementation != null && implementation != method) {
          overridden = true;
          break;
        }
      }
      overriddenHere.put(method, overridden);
    }
    return overridden ? Optional.empty() : Optional.of(method);
  }

  /**
   * {@link #runs}, when that method's body may be in this compilation: a concrete method of a
   * class of the class path is answered at once, without looking for implementations.
   */
  public Optional<Symbol.MethodSymbol> runsHere(Symbol.MethodSymbol method) {
    if ((method.flags() & Flags.ABSTRACT) == 0
        && (method.enclClass() == null || trees.getTree(method.enclClass()) == null)) {
      return Optional.empty();
    }
    return runs(method).filter(target -> (target.flags() & Flags.ABSTRACT) == 0);
  }

  /**
   * The concrete member and top-level classes of this compilation that extend or implement {@code
   * type}, not counting {@code type} itself: what a variable of that type can hold, as far as the
   * compilation shows.
   */
  public List<Symbol.ClassSymbol> concreteSubclasses(Symbol.TypeSymbol type) {
    return concreteSubclasses().getOrDefault(type, List.of());
  }

  /**
   * The code base a type belongs to: the first three names of its package. Reverse domain names
   * make that the organization and the project ({@code org.eclipse.hawkbit}, {@code
   * org.apache.james}), which two names alone are not ({@code org.apache.james} and {@code
   * org.apache.commons}). Empty for a shorter package.
   */
  static Optional<String> codeBase(Symbol.ClassSymbol type) {
    String name = type.packge().getQualifiedName().toString();
    int end = -1;
    for (int i = 0; i < CODE_BASE_NAMES; i++) {
      end = name.indexOf('.', end + 1);
      if (end < 0) {
        return i == CODE_BASE_NAMES - 1 && !name.isEmpty() ? Optional.of(name) : Optional.empty();
      }
    }
    return Optional.of(name.substring(0, end));
  }

  /**
   * Whether {@code type} is a bean its container finds by itself: annotated with one of {@link
   * Beans#COMPONENTS}, directly or through annotations on its annotations (Spring's {@code
   * @Service} carries {@code @Component}; {@code @RestController} carries {@code @Controller}).
   */
  private static boolean isComponent(Symbol.TypeSymbol type, int depth) {
    List<Attribute.Compound> annotations;
    try {
      annotations = type.getAnnotationMirrors();
    } catch (Symbol.CompletionFailure missing) {
      return false; // An annotation missing from the class path: not known to be a bean.
    }
    for (Attribute.Compound annotation : annotations) {
      String name = Mirrors.qualifiedName(annotation);
      if (Beans.COMPONENTS.contains(name)
          || depth < 2 && !name.startsWith("java.") && isComponent(annotation.type.tsym, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** The code bases of this compilation's classes, listed with {@link #concreteSubclasses()}. */
  private Set<String> codeBases() {
    concreteSubclasses();
    return codeBases;
  }

  private Optional<Symbol.MethodSymbol> find(Symbol.MethodSymbol method, Symbol.ClassSymbol owner) {
    Set<Symbol.MethodSymbol> found = new LinkedHashSet<>();
    for (Symbol.ClassSymbol type : concreteSubclasses().getOrDefault(owner, List.of())) {
      Symbol.MethodSymbol implementation = method.implementation(type, types, true);
      if (implementation == null || implementation == method
          || (implementation.flags() & Flags.ABSTRACT) != 0) {
        return Optional.empty(); // A class we cannot resolve: do not guess.
      }
      found.add(implementation);
      if (found.size() > 1) {
        return Optional.empty();
      }
    }
    if (found.size() != 1 || owner.isInterface() && types.isFunctionalInterface(owner)) {
      // A one-method interface may as well be implemented by a lambda or a method reference
      // (a @Bean returning one), which is no class: stay silent.
      return Optional.empty();
    }
    Symbol.MethodSymbol implementation = found.iterator().next();
    JCTree.JCMethodDecl declaration = trees.getTree(implementation);
    return declaration != null && declaration.body != null ? Optional.of(implementation) : Optional.empty();
  }

  /**
   * Per class or interface: the concrete member and top-level classes of this compilation that
   * extend or implement it, built in one pass over the compilation's classes. Local and anonymous
   * classes are not in javac's class table, so an anonymous implementation is not seen (a known
   * limit, documented with the rules).
   */
  private Map<Symbol.TypeSymbol, List<Symbol.ClassSymbol>> concreteSubclasses() {
    if (concreteSubclasses == null) {
      Map<Symbol.TypeSymbol, List<Symbol.ClassSymbol>> index = new HashMap<>();
      Set<String> bases = new java.util.HashSet<>();
      // A copy first: looking at a class may load others into the table being walked.
      List<Symbol.ClassSymbol> all = new ArrayList<>();
      Symtab.instance(context).getAllClasses().forEach(all::add);
      for (Symbol.ClassSymbol type : all) {
        // Source classes first, and flags_field, not flags(): flags() completes the symbol, which
        // for a class of the class path nobody needed loads it, and a class that refers to one
        // missing from the class path then fails the compilation.
        if (trees.getTree(type) == null) {
          continue;
        }
        codeBase(type).ifPresent(bases::add);
        if ((type.flags_field & (Flags.INTERFACE | Flags.ABSTRACT)) != 0) {
          continue;
        }
        List<com.sun.tools.javac.code.Type> supertypes;
        try {
          supertypes = types.closure(type.type);
        } catch (Symbol.CompletionFailure e) {
          continue; // A supertype missing from the class path: leave this class out.
        }
        for (com.sun.tools.javac.code.Type supertype : supertypes) {
          if (supertype.tsym != type) {
            index.computeIfAbsent(supertype.tsym, t -> new ArrayList<>()).add(type);
          }
        }
      }
      concreteSubclasses = index;
      codeBases = bases;
    }
    return concreteSubclasses;
  }
}
