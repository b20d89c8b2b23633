package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.model.JavacTypes;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a method of this compilation navigates from one of its parameters: the lazy loads that
 * {@code toDto(order)} or {@code map(this::toDto)} makes per element when the loop hands it an
 * element. The callee's body is scanned with that parameter bound to a value of the element's
 * type (and the same collection-ness), so the paths it finds are relative to the argument; the
 * caller puts the argument's own path in front. Calls through an interface or abstract method go
 * into its implementation when the compilation has exactly one ({@link Implementations}). Callees
 * are followed {@link #MAX_DEPTH} deep; the answers are kept for the compilation.
 */
public final class CalleeNavigations {
  /** How many methods deep a loop's elements are followed. */
  static final int MAX_DEPTH = 3;

  private static final Context.Key<CalleeNavigations> KEY = new Context.Key<>();

  /** A navigation inside a callee: its path from the parameter, and the code that makes it. */
  public record Relative(ImmutableList<io.github.ormcheck.checker.model.Attribute> path, String code) {}

  private record Key(Symbol.MethodSymbol method, int parameter, ManagedType type, boolean collection, int depth) {}

  private final Context context;
  private final JavacTrees trees;
  private final Implementations implementations;
  private final Map<Key, ImmutableList<Relative>> answers = new HashMap<>();
  private final Set<Symbol.MethodSymbol> inProgress = new HashSet<>();
  /** How often the recursion guard has cut a search short: an answer found meanwhile is not kept. */
  private int cuts;

  private CalleeNavigations(Context context) {
    this.context = context;
    this.trees = JavacTrees.instance(context);
    this.implementations = Implementations.instance(context);
  }

  public static CalleeNavigations instance(Context context) {
    return CompilationScope.instance(context, KEY, CalleeNavigations::new);
  }

  /**
   * The navigations that {@code method} makes from its parameter {@code parameter} when it holds
   * {@code argument}, found {@code depth} methods deep; empty when its body is not in this
   * compilation.
   */
  ImmutableList<Relative> of(Symbol.MethodSymbol method, int parameter, Binding argument, int depth) {
    if (depth <= 0 || argument.type() == null || parameter >= method.getParameters().size()
        || (method.flags() & Flags.VARARGS) != 0 && parameter >= method.getParameters().size() - 1) {
      return ImmutableList.of();
    }
    Optional<Symbol.MethodSymbol> runs = implementations.runsHere(method);
    if (runs.isEmpty()) {
      return ImmutableList.of(); // No body here, or an override in this compilation may be what runs.
    }
    Symbol.MethodSymbol target = runs.get();
    Key key = new Key(target, parameter, argument.type(), argument.collection(), depth);
    ImmutableList<Relative> known = answers.get(key);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(target)) {
      cuts++;
      return ImmutableList.of(); // Recursion: what the outer scan finds is the answer.
    }
    int cutsBefore = cuts;
    try {
      ImmutableList<Relative> found = scan(target, parameter, argument, depth);
      if (cuts == cutsBefore) {
        answers.put(key, found);
      }
      return found;
    } finally {
      inProgress.remove(target);
    }
  }

  private ImmutableList<Relative> scan(Symbol.MethodSymbol target, int parameter, Binding argument, int depth) {
    JCTree.JCMethodDecl declaration = trees.getTree(target);
    if (declaration == null || declaration.body == null || parameter >= declaration.params.size()) {
      return ImmutableList.of();
    }
    Symbol symbol = declaration.params.get(parameter).sym;
    if (symbol == null) {
      return ImmutableList.of();
    }
    NavigationScanner scanner =
        new NavigationScanner(CompilationScope.entityModel(context), JavacTypes.instance(context), this, depth - 1);
    scanner.recordingUsesOfBound().bind(symbol, new Binding(ImmutableList.of(), argument.type(), argument.collection()));
    String where = Display.method(target);
    ImmutableList.Builder<Relative> found = ImmutableList.builder();
    for (Navigation navigation : scanner.scan((MethodTree) declaration)) {
      found.add(new Relative(navigation.path(), navigation.code() + " in " + where));
    }
    return found.build();
  }
}
