package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.javac.Calls;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * The query a method of this compilation runs on every call, and which of its parameters the
 * query depends on: what QueryInLoop needs to see that {@code countComments(id)} in a loop runs
 * a query per element. A query counts when it is in the method's own straight-line code (not in
 * a loop of its own, which QueryInLoop reports there, nor in a lambda or class that runs later),
 * its arguments are known, and one of them comes from a parameter, directly or through local
 * variables; a lookup by id of an entity the method holds ({@link HeldIds}) does not count. Calls
 * are followed {@link #MAX_DEPTH} methods deep, through an interface into its
 * only implementation; a method that a cache answers ({@code @Cacheable}, JSR-107's
 * {@code @CacheResult}) runs no query per call. Answers are kept for the compilation.
 */
public final class CalleeQueries {
  public static final int MAX_DEPTH = 3;

  private static final ImmutableSet<String> CACHES = ImmutableSet.of(
      "org.springframework.cache.annotation.Cacheable",
      "javax.cache.annotation.CacheResult",
      "jakarta.cache.annotation.CacheResult");

  /** Spring's {@code @Caching}, which groups {@code @Cacheable} and the others. */
  private static final String CACHING = "org.springframework.cache.annotation.Caching";

  private static final Context.Key<CalleeQueries> KEY = new Context.Key<>();

  /**
   * A query a method runs per call.
   *
   * @param description the query and the methods it is reached through, for messages
   * @param parameters the indexes of the parameters the query depends on
   * @param idParameter the parameter that is the primary key, when the query is a lookup by id
   *     of exactly that parameter
   * @param idEntity the entity type such a lookup looks up, or null
   */
  public record Found(String description, ImmutableSet<Integer> parameters, Optional<Integer> idParameter, Type idEntity) {

    /** The lookup the method makes with the argument a call passes for its id parameter. */
    public Optional<QueryCalls.Lookup> lookup(List<? extends ExpressionTree> arguments) {
      return idParameter.filter(index -> index < arguments.size() && idEntity != null)
          .map(index -> new QueryCalls.Lookup(arguments.get(index), idEntity));
    }
  }

  private final Context context;
  private final JavacTrees trees;
  private final Implementations implementations;
  private final Types types;
  private final Origins origins;
  private final HeldIds held;
  /**
   * Per depth, per called method: asked at every call in the compilation that passes arguments,
   * so the answer (mostly: none) is one map lookup after the first time.
   */
  @SuppressWarnings("unchecked")
  private final Map<Symbol.MethodSymbol, Optional<Found>>[] answers = new Map[MAX_DEPTH + 1];
  private final Set<Symbol.MethodSymbol> inProgress = new HashSet<>();
  /** How often the recursion guard has cut a search short: an answer found meanwhile is not kept. */
  private int cuts;
  /** Each method's body, read once; null for none. */
  private final Map<Symbol.MethodSymbol, Body> bodies = new HashMap<>();

  private CalleeQueries(Context context) {
    this.context = context;
    this.trees = JavacTrees.instance(context);
    this.implementations = Implementations.instance(context);
    this.types = Types.instance(context);
    this.origins = new Origins(CompilationScope.entityModel(context), context);
    this.held = HeldIds.instance(context);
  }

  public static CalleeQueries instance(Context context) {
    return CompilationScope.instance(context, KEY, CalleeQueries::new);
  }

  /** The query {@code method} runs per call, looking {@code depth} methods deep. */
  public Optional<Found> of(Symbol.MethodSymbol method, int depth) {
    if (depth <= 0 || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Map<Symbol.MethodSymbol, Optional<Found>> atDepth = answers[depth];
    if (atDepth == null) {
      atDepth = new HashMap<>();
      answers[depth] = atDepth;
    }
    Optional<Found> known = atDepth.get(method);
    if (known != null) {
      return known;
    }
    if (!inProgress.add(method)) {
      cuts++;
      return Optional.empty(); // Recursion: what the outer scan finds is the answer.
    }
    int cutsBefore = cuts;
    try {
      // cached(target) also reads the annotations of the method it implements or overrides.
      Optional<Found> found = implementations.runsHere(method)
          .filter(target -> !cached(target))
          .flatMap(target -> find(target, depth));
      if (cuts == cutsBefore) {
        atDepth.put(method, found);
      }
      return found;
    } finally {
      inProgress.remove(method);
    }
  }

  /**
   * Whether a cache answers calls of {@code method}: a cache annotation on it or its class, on a
   * method it overrides (an interface's {@code @Cacheable}) or that one's type, inside Spring's
   * {@code @Caching}, or on an annotation used there (a composed {@code @CachedLookup}).
   */
  private boolean cached(Symbol.MethodSymbol method) {
    if (annotated(method) || annotated(method.enclClass())) {
      return true;
    }
    Symbol.ClassSymbol owner = method.enclClass();
    if (owner == null) {
      return false;
    }
    try {
      for (Type supertype : types.closure(owner.type)) {
        if (supertype.tsym == owner) {
          continue;
        }
        for (Symbol member : supertype.tsym.members().getSymbolsByName(method.name)) {
          if (member instanceof Symbol.MethodSymbol overridden
              && method.overrides(overridden, owner, types, false)
              && (annotated(overridden) || annotated(overridden.enclClass()))) {
            return true;
          }
        }
      }
    } catch (Symbol.CompletionFailure e) {
      return true; // A supertype missing from the class path: it may declare the cache.
    }
    return false;
  }

  private static boolean annotated(Symbol symbol) {
    if (symbol == null) {
      return false;
    }
    for (AnnotationMirror annotation : symbol.getAnnotationMirrors()) {
      if (isCache(Mirrors.qualifiedName(annotation))) {
        return true;
      }
      for (AnnotationMirror meta : annotation.getAnnotationType().asElement().getAnnotationMirrors()) {
        if (isCache(Mirrors.qualifiedName(meta))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isCache(String annotation) {
    return CACHES.contains(annotation) || annotation.equals(CACHING);
  }

  private Optional<Found> find(Symbol.MethodSymbol target, int depth) {
    Body body;
    if (bodies.containsKey(target)) {
      body = bodies.get(target);
    } else {
      body = read(target);
      bodies.put(target, body);
    }
    if (body == null) {
      return Optional.empty();
    }
    if (body.direct().isPresent()) {
      return body.direct();
    }
    for (CallSite site : body.calls()) {
      Optional<Found> inner = of(site.callee(), depth - 1);
      if (inner.isEmpty()) {
        continue;
      }
      List<? extends ExpressionTree> arguments = site.call().getArguments();
      if (inner.get().lookup(arguments).filter(lookup -> held.held(lookup, site.path())).isPresent()) {
        continue; // It looks up an entity the method holds.
      }
      Set<Integer> uses = new HashSet<>();
      for (int index : inner.get().parameters()) {
        if (index < arguments.size()) {
          uses.addAll(uses(arguments.get(index), target, site.path()));
        }
      }
      if (!uses.isEmpty()) {
        Optional<Integer> id = inner.get().idParameter()
            .filter(index -> index < arguments.size())
            .flatMap(index -> Calls.parameterIndex(arguments.get(index), target));
        return Optional.of(new Found(
            site.callee().getSimpleName() + " -> " + inner.get().description() + ", from " + where(target),
            ImmutableSet.copyOf(uses), id, inner.get().idEntity()));
      }
    }
    return Optional.empty();
  }

  /** A call in a method's straight-line code that is not itself a query. */
  private record CallSite(Symbol.MethodSymbol callee, MethodInvocationTree call, TreePath path) {}

  /**
   * What one reading of a method's body gives, whatever the depth it is asked at: the first query
   * on its parameters, or else the calls to follow.
   */
  private record Body(Optional<Found> direct, List<CallSite> calls) {}

  private static String where(Symbol.MethodSymbol method) {
    return Display.method(method);
  }

  /** Reads a method's body once for the compilation; null when it has none here or no parameters. */
  private Body read(Symbol.MethodSymbol target) {
    if (target.getParameters().isEmpty()) {
      return null;
    }
    TreePath path = trees.getPath(target);
    if (path == null || !(path.getLeaf() instanceof MethodTree method) || method.getBody() == null) {
      return null;
    }
    QueryCalls queries = QueryCalls.instance(context);
    List<CallSite> calls = new ArrayList<>();
    Found[] found = new Found[1];
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] != null) {
          return null;
        }
        Optional<QueryCalls.QueryCall> query = queries.of(call, getCurrentPath());
        if (query.isPresent()) {
          if (query.get().lookup()
                  .filter(lookup -> held.held(lookup, getCurrentPath()) || SecondLevelCache.caches(lookup.entity()))
                  .isEmpty()
              && query.get().argumentsKnown()) {
            Set<Integer> uses = new HashSet<>();
            query.get().arguments().forEach(argument -> uses.addAll(uses(argument, target, getCurrentPath())));
            if (!uses.isEmpty()) {
              Optional<QueryCalls.Lookup> lookup = query.get().lookup();
              Optional<Integer> id = lookup.flatMap(key -> Calls.parameterIndex(key.id(), target));
              found[0] = new Found(query.get().description() + " in " + where(target), ImmutableSet.copyOf(uses), id,
                  lookup.map(QueryCalls.Lookup::entity).orElse(null));
              return null;
            }
          }
        } else if (!call.getArguments().isEmpty()
            && TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol callee) {
          calls.add(new CallSite(callee, call, getCurrentPath()));
        }
        return super.visitMethodInvocation(call, unused);
      }

      // A query on a miss of the method's own store runs once per key (Memoization).
      @Override
      public Void visitIf(IfTree tree, Void unused) {
        if (!Memoization.guardsMiss(getCurrentPath(), method)) {
          return super.visitIf(tree, unused);
        }
        scan(tree.getCondition(), null);
        return scan(tree.getElseStatement(), null);
      }

      // Code that runs per element of the method's own loops is QueryInLoop's finding there;
      // lambdas and classes run when someone calls them.
      @Override
      public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
        return scan(tree.getExpression(), null);
      }

      @Override
      public Void visitForLoop(ForLoopTree tree, Void unused) {
        return scan(tree.getInitializer(), null);
      }

      @Override
      public Void visitWhileLoop(WhileLoopTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitDoWhileLoop(DoWhileLoopTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }

      @Override
      public Void visitClass(ClassTree tree, Void unused) {
        return null;
      }
    }.scan(new TreePath(path, method.getBody()), null);
    return new Body(Optional.ofNullable(found[0]), found[0] == null ? calls : List.of());
  }

  /**
   * The parameters of {@code method} an expression reads, directly or through local variables
   * that get one value ({@link Origins#definitionOf}); {@code where} is a path in the method.
   */
  private Set<Integer> uses(ExpressionTree expression, Symbol.MethodSymbol method, TreePath where) {
    Set<Integer> uses = new HashSet<>();
    Set<Symbol> seen = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        Symbol symbol = TreeInfo.symbol((JCTree) identifier);
        int index = method.getParameters().indexOf(symbol);
        if (index >= 0) {
          uses.add(index);
        } else if (symbol != null && seen.add(symbol)) {
          origins.definitionOf(identifier, where).ifPresent(value -> scan(value, null));
        }
        return null;
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree tree, Void unused) {
        return null;
      }
    }.scan(expression, null);
    return uses;
  }
}
