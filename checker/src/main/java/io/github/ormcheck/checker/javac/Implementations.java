package io.github.ormcheck.checker.javac;

import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
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
 * interfaces from the JDK or a library.
 *
 * <p>The compilation's classes are listed once, on the first question (javac has entered all of
 * them by the time Error Prone's checks run); answers are kept per method. Only for the Error
 * Prone checks: during annotation processing, later rounds may add classes.
 */
public final class Implementations {
  private static final Context.Key<Implementations> KEY = new Context.Key<>();

  private final Context context;
  private final Types types;
  private final JavacTrees trees;
  private final Map<Symbol.MethodSymbol, Optional<Symbol.MethodSymbol>> sole = new HashMap<>();
  /** Built on the first question: see {@link #concreteSubclasses()}. */
  private Map<Symbol.TypeSymbol, List<Symbol.ClassSymbol>> concreteSubclasses;
  private final Map<Symbol.MethodSymbol, Boolean> overriddenHere = new HashMap<>();

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
      // Only interfaces and classes of this compilation: for a JDK or library type (Iterator,
      // List, CrudRepository) a lone implementation here says nothing about the receiver at hand.
      known = trees.getTree(owner) == null ? Optional.empty() : find(method, owner);
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
      // A copy first: looking at a class may load others into the table being walked.
      List<Symbol.ClassSymbol> all = new ArrayList<>();
      Symtab.instance(context).getAllClasses().forEach(all::add);
      for (Symbol.ClassSymbol type : all) {
        // Source classes first, and flags_field, not flags(): flags() completes the symbol, which
        // for a class of the class path nobody needed loads it, and a class that refers to one
        // missing from the class path then fails the compilation.
        if (trees.getTree(type) == null || (type.flags_field & (Flags.INTERFACE | Flags.ABSTRACT)) != 0) {
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
    }
    return concreteSubclasses;
  }
}
