package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.model.EntityModel;
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
      Optional<Found> found = Optional.empty();
      // A concrete method of the class path has no body here: the cheap test first.
      boolean mayHaveBody = (method.flags() & Flags.ABSTRACT) != 0
          || method.enclClass() != null && trees.getTree(method.enclClass()) != null;
      if (mayHaveBody && !cached(method)) {
        Optional<Symbol.MethodSymbol> target = implementations.runs(method);
        found = target.isEmpty() || cached(target.get()) ? Optional.empty() : find(target.get(), depth);
      }
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
      if (inner.get().lookup(arguments).filter(lookup -> body.held().held(lookup, site.path())).isPresent()) {
        continue; // It looks up an entity the method holds.
      }
      Set<Integer> uses = new HashSet<>();
      for (int index : inner.get().parameters()) {
        if (index < arguments.size()) {
          uses.addAll(uses(arguments.get(index), body.parameters(), body.locals()));
        }
      }
      if (!uses.isEmpty()) {
        Optional<Integer> id = inner.get().idParameter()
            .filter(index -> index < arguments.size())
            .flatMap(index -> parameter(arguments.get(index), body.parameters()));
        return Optional.of(new Found(
            site.callee().getSimpleName() + " -> " + inner.get().description() + ", from " + body.where(),
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
  private record Body(
      Optional<Found> direct, List<CallSite> calls, Map<Symbol, Integer> parameters,
      Map<Symbol, ExpressionTree> locals, String where, HeldIds held) {}

  /** Reads a method's body once for the compilation; null when it has none here or no parameters. */
  private Body read(Symbol.MethodSymbol target) {
    if ((target.flags() & Flags.ABSTRACT) != 0 || target.getParameters().isEmpty()) {
      return null;
    }
    TreePath path = trees.getPath(target);
    if (path == null || !(path.getLeaf() instanceof MethodTree method) || method.getBody() == null) {
      return null;
    }
    Map<Symbol, Integer> parameters = new HashMap<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      Symbol parameter = TreeInfo.symbolFor((JCTree) method.getParameters().get(i));
      if (parameter != null) {
        parameters.put(parameter, i);
      }
    }
    Map<Symbol, ExpressionTree> locals = new HashMap<>();
    String where = target.owner.getSimpleName() + "." + target.getSimpleName();
    QueryCalls queries = QueryCalls.instance(context);
    EntityModel model = CompilationScope.entityModel(context);
    HeldIds held = new HeldIds(model, new Origins(model, context), types);
    List<CallSite> calls = new ArrayList<>();
    Found[] found = new Found[1];
    Set<Symbol> reassigned = reassigned(method);
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitVariable(VariableTree variable, Void unused) {
        Symbol symbol = TreeInfo.symbolFor((JCTree) variable);
        if (symbol != null && variable.getInitializer() != null && !reassigned.contains(symbol)) {
          locals.put(symbol, variable.getInitializer());
        }
        return super.visitVariable(variable, unused);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
        if (found[0] != null) {
          return null;
        }
        Optional<QueryCalls.QueryCall> query = queries.of(call, getCurrentPath());
        if (query.isPresent()) {
          if (query.get().lookup().filter(lookup -> held.held(lookup, getCurrentPath())).isEmpty()
              && query.get().argumentsKnown()) {
            Set<Integer> uses = new HashSet<>();
            query.get().arguments().forEach(argument -> uses.addAll(uses(argument, parameters, locals)));
            if (!uses.isEmpty()) {
              Optional<QueryCalls.Lookup> lookup = query.get().lookup();
              Optional<Integer> id = lookup.flatMap(key -> parameter(key.id(), parameters));
              found[0] = new Found(query.get().description() + " in " + where, ImmutableSet.copyOf(uses), id,
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
    return new Body(Optional.ofNullable(found[0]), found[0] == null ? calls : List.of(), parameters, locals, where, held);
  }

  /**
   * The variables a method assigns after their declaration. Read from the tree, not from javac's
   * effectively-final flag, which flow analysis sets class by class: a class not yet analyzed when
   * a loop elsewhere asks would read differently, and the answer would depend on file order.
   */
  private static Set<Symbol> reassigned(MethodTree method) {
    Set<Symbol> written = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitAssignment(AssignmentTree tree, Void unused) {
        written.add(TreeInfo.symbol((JCTree) tree.getVariable()));
        return super.visitAssignment(tree, unused);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
        written.add(TreeInfo.symbol((JCTree) tree.getVariable()));
        return super.visitCompoundAssignment(tree, unused);
      }

      @Override
      public Void visitUnary(UnaryTree tree, Void unused) {
        switch (tree.getKind()) {
          case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT ->
              written.add(TreeInfo.symbol((JCTree) tree.getExpression()));
          default -> { }
        }
        return super.visitUnary(tree, unused);
      }
    }.scan(method.getBody(), null);
    return written;
  }

  /** The parameter an expression is, as it stands. */
  private static Optional<Integer> parameter(ExpressionTree expression, Map<Symbol, Integer> parameters) {
    return Expressions.strip(expression) instanceof IdentifierTree identifier
        ? Optional.ofNullable(parameters.get(TreeInfo.symbol((JCTree) identifier)))
        : Optional.empty();
  }

  /** The parameters an expression reads, directly or through final local variables. */
  private static Set<Integer> uses(ExpressionTree expression, Map<Symbol, Integer> parameters, Map<Symbol, ExpressionTree> locals) {
    Set<Integer> uses = new HashSet<>();
    Set<Symbol> seen = new HashSet<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree identifier, Void unused) {
        Symbol symbol = TreeInfo.symbol((JCTree) identifier);
        Integer index = parameters.get(symbol);
        if (index != null) {
          uses.add(index);
        } else if (symbol != null && locals.containsKey(symbol) && seen.add(symbol)) {
          scan(locals.get(symbol), null);
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
