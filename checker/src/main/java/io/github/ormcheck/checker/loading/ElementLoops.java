package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symtab;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.javac.LastAnswer;
import io.github.ormcheck.checker.javac.NameSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** Recognizes the loop-like constructs of {@link ElementLoop} at the tree that starts them. */
public final class ElementLoops {
  private static final ImmutableSet<String> PIPELINE_START = ImmutableSet.of("stream", "parallelStream");
  private static final String FOR_EACH = "forEach";
  /**
   * {@code map} on an {@code Iterable}: Spring Data's {@code Page}, {@code Slice} and {@code
   * Streamable} (and other libraries' collections) apply the function to each element.
   */
  private static final String MAP = "map";

  private final Types types;
  private final Symtab symtab;
  private final Type streamType;
  private final Map<Symbol.TypeSymbol, Boolean> iterableClasses = new HashMap<>();
  private final Map<Symbol.TypeSymbol, Boolean> streamClasses = new HashMap<>();
  /** {@code forEach}, {@code map} and the {@link #PIPELINE_START} names. */
  private final NameSet iterationNames;
  /** LazyLoadInLoop and UnboundedLoopInTransaction both ask, one after the other, at every call. */
  private final LastAnswer<MethodInvocationTree, Optional<ElementLoop>> lastCall = new LastAnswer<>();

  private static final Context.Key<ElementLoops> KEY = new Context.Key<>();

  /** The compilation's instance: the types it looks up are resolved once per compilation. */
  public static ElementLoops instance(Context context) {
    return CompilationScope.instance(context, KEY, ElementLoops::new);
  }

  public ElementLoops(Context context) {
    this.types = Types.instance(context);
    this.symtab = Symtab.instance(context);
    this.iterationNames = new NameSet(context, ImmutableSet.<String>builder().add(FOR_EACH, MAP).addAll(PIPELINE_START).build());
    javax.lang.model.element.TypeElement stream =
        com.sun.tools.javac.model.JavacElements.instance(context).getTypeElement("java.util.stream.Stream");
    this.streamType = stream == null ? null : ((Symbol) stream).type;
  }

  /** {@code for (Order o : orders)}. */
  public Optional<ElementLoop> of(EnhancedForLoopTree loop) {
    Symbol variable = TreeInfo.symbolFor((JCTree) loop.getVariable());
    if (variable == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ElementLoop(loop, loop.getExpression(), variable.type, variable, false, loop.getStatement()));
  }

  /** {@code for (int i = 0; i < orders.size(); i++) { orders.get(i) ... }}. */
  public Optional<ElementLoop> of(ForLoopTree loop) {
    if (loop.getInitializer().size() != 1 || loop.getUpdate().size() != 1
        || !(loop.getInitializer().get(0) instanceof VariableTree)
        || !(loop.getCondition() instanceof BinaryTree)) {
      return Optional.empty();
    }
    Symbol index = TreeInfo.symbolFor((JCTree) loop.getInitializer().get(0));
    BinaryTree condition = (BinaryTree) loop.getCondition();
    if (index == null || condition.getKind() != Tree.Kind.LESS_THAN
        || TreeInfo.symbol((JCTree) condition.getLeftOperand()) != index
        || !increments(loop.getUpdate().get(0).getExpression(), index)) {
      return Optional.empty();
    }
    ExpressionTree bound = Expressions.strip(condition.getRightOperand());
    if (!(bound instanceof MethodInvocationTree) || !isCall((MethodInvocationTree) bound, "size")) {
      return Optional.empty();
    }
    ExpressionTree list = Expressions.strip(Origins.receiver((MethodInvocationTree) bound).get());
    Symbol listVariable = list instanceof IdentifierTree ? TreeInfo.symbol((JCTree) list) : null;
    if (listVariable == null) {
      return Optional.empty();
    }
    return elementType(list, symtab.iterableType)
        .map(element -> new ElementLoop(loop, list, element, listVariable, true, loop.getStatement()));
  }

  /** {@code Iterator<Order> it = orders.iterator(); while (it.hasNext()) { it.next() ... }}. */
  public Optional<ElementLoop> of(
      WhileLoopTree loop, TreePath where,
      BiFunction<ExpressionTree, TreePath, Optional<ExpressionTree>> definitions) {
    ExpressionTree condition = Expressions.strip(loop.getCondition());
    if (!(condition instanceof MethodInvocationTree) || !isCall((MethodInvocationTree) condition, "hasNext")) {
      return Optional.empty();
    }
    ExpressionTree iterator = Origins.receiver((MethodInvocationTree) condition).get();
    if (!(iterator instanceof IdentifierTree)) {
      return Optional.empty();
    }
    Optional<ExpressionTree> definition = definitions.apply(iterator, where).map(Expressions::strip);
    if (definition.isEmpty() || !(definition.get() instanceof MethodInvocationTree)
        || !isCall((MethodInvocationTree) definition.get(), "iterator")) {
      return Optional.empty();
    }
    ExpressionTree collection = Origins.receiver((MethodInvocationTree) definition.get()).get();
    Symbol iteratorVariable = TreeInfo.symbol((JCTree) iterator);
    // The iterator variable stands for the collection: it.next() yields its elements.
    return elementType(collection, symtab.iterableType)
        .map(type -> new ElementLoop(loop, collection, type, iteratorVariable, true, loop.getStatement()));
  }

  /**
   * {@code orders.forEach(o -> ...)}, and the start of a stream pipeline: {@code orders.stream()}
   * or a stream returned by a query, with the whole pipeline as the body.
   */
  public Optional<ElementLoop> of(MethodInvocationTree call, TreePath where) {
    return lastCall.get(call, c -> loopAt(c, where));
  }

  private Optional<ElementLoop> loopAt(MethodInvocationTree call, TreePath where) {
    if (!(call.getMethodSelect() instanceof MemberSelectTree select)) {
      return Optional.empty();
    }
    ExpressionTree receiver = select.getExpression();
    Type receiverType = ((JCTree) receiver).type;
    if (receiverType == null) {
      return Optional.empty();
    }
    javax.lang.model.element.Name name = select.getIdentifier();
    if (iterationNames.contains(name) && isIterable(receiverType)) {
      return elementType(receiver, symtab.iterableType)
          .map(element -> new ElementLoop(call, receiver, element, receiver, true, outermostPipeline(where)));
    }
    if (isStream(receiverType) && !isPipelineStep(receiver)) {
      return elementType(receiver, streamType)
          .map(element -> new ElementLoop(call, receiver, element, receiver, true, outermostPipeline(where)));
    }
    return Optional.empty();
  }

  /** Whether an expression is itself a stream step, so that the pipeline started earlier. */
  private boolean isPipelineStep(ExpressionTree expression) {
    ExpressionTree tree = Expressions.strip(expression);
    if (!(tree instanceof MethodInvocationTree)) {
      return false;
    }
    Optional<ExpressionTree> receiver = Origins.receiver((MethodInvocationTree) tree);
    if (receiver.isEmpty() || ((JCTree) receiver.get()).type == null) {
      return false;
    }
    Type type = ((JCTree) receiver.get()).type;
    return isIterable(type) || isStream(type);
  }

  /**
   * Whether values of {@code type} are {@code Iterable}s. Asked at every call of the compilation,
   * so the answer is kept per class: a class's supertypes do not depend on its type arguments.
   */
  private boolean isIterable(Type type) {
    return subtypeOf(type, symtab.iterableType.tsym, iterableClasses);
  }

  /** Whether values of {@code type} are {@code Stream}s; kept per class as {@link #isIterable}. */
  private boolean isStream(Type type) {
    return streamType != null && subtypeOf(type, streamType.tsym, streamClasses);
  }

  private boolean subtypeOf(Type type, Symbol.TypeSymbol target, Map<Symbol.TypeSymbol, Boolean> known) {
    if (!(type.tsym instanceof Symbol.ClassSymbol) || type.isErroneous()) {
      return type.tsym != null && !type.isPrimitiveOrVoid() && types.asSuper(type, target) != null;
    }
    Boolean answer = known.get(type.tsym);
    if (answer == null) {
      answer = types.asSuper(type, target) != null;
      known.put(type.tsym, answer);
    }
    return answer;
  }

  /** The pipeline expression around a call: climbs while the call is the receiver of the next step. */
  private static Tree outermostPipeline(TreePath where) {
    TreePath current = where;
    while (current.getParentPath() != null
        && current.getParentPath().getLeaf() instanceof MemberSelectTree
        && current.getParentPath().getParentPath() != null
        && current.getParentPath().getParentPath().getLeaf() instanceof MethodInvocationTree) {
      current = current.getParentPath().getParentPath();
    }
    Tree leaf = current.getLeaf();
    TreePath parent = current.getParentPath();
    return parent != null && parent.getLeaf() instanceof ExpressionStatementTree ? parent.getLeaf() : leaf;
  }

  private Optional<Type> elementType(ExpressionTree expression, Type container) {
    Type type = ((JCTree) expression).type;
    if (type == null || container == null) {
      return Optional.empty();
    }
    Type asContainer = types.asSuper(type, container.tsym);
    if (asContainer == null || asContainer.getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    Type element = asContainer.getTypeArguments().get(0);
    return Optional.of(types.wildUpperBound(element));
  }

  private static boolean isCall(MethodInvocationTree call, String name) {
    return call.getArguments().isEmpty()
        && call.getMethodSelect() instanceof MemberSelectTree
        && ((MemberSelectTree) call.getMethodSelect()).getIdentifier().contentEquals(name);
  }

  private static boolean increments(ExpressionTree update, Symbol index) {
    ExpressionTree tree = Expressions.strip(update);
    return tree instanceof UnaryTree
        && List.of(Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.PREFIX_INCREMENT).contains(tree.getKind())
        && TreeInfo.symbol((JCTree) ((UnaryTree) tree).getExpression()) == index;
  }
}
