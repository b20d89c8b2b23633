package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.tree.TreeInfo;
import io.github.ormcheck.checker.frameworks.HibernateApi;
import io.github.ormcheck.checker.frameworks.Panache;
import io.github.ormcheck.checker.javac.Expressions;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Types;

/**
 * Finds what code navigates from loop elements. Bindings start at the loop variable, the lambda
 * parameters of a stream or {@code forEach}, or the loop's source expression, and follow getter
 * chains, local variables, nested loops and nested pipelines. A navigation is recorded when code
 * initializes an association: a call on a to-one other than its id getter, iterating, sizing or
 * streaming a collection, or turning either into a string ({@code "by " + order.getCustomer()},
 * {@code println(order.getLines())}, {@code String.format("%s", ..)}), which calls its {@code
 * toString}. Reading the association's reference alone (comparing it, passing it on) is not a
 * navigation: Hibernate does not initialize a proxy for that. Neither is handing it to a logger's
 * placeholder or message function, which format or run only when the level is on.
 */
public final class NavigationScanner extends TreeScanner<Void, Void> {
  /** Calls that return the same elements: streams, iterators, and order- or size-only stages. */
  private static final ImmutableSet<String> SAME_ELEMENTS =
      ImmutableSet.of(
          "stream", "parallelStream", "iterator", "listIterator", "spliterator", "filter",
          "sorted", "distinct", "limit", "skip", "peek", "takeWhile", "dropWhile", "getContent",
          "toList", "unordered", "sequential", "parallel", "reversed");
  /** Calls that return one element. */
  private static final ImmutableSet<String> ONE_ELEMENT =
      ImmutableSet.of("next", "get", "getFirst", "getLast", "previous");
  /** Calls on a proxy that Hibernate answers without initializing it. */
  private static final ImmutableSet<String> NON_INITIALIZING =
      ImmutableSet.of("getClass", "hashCode", "equals");
  /** Loggers and their fluent builders: a function they take formats the message only when the level is on. */
  private static final ImmutableSet<String> LOGGERS =
      ImmutableSet.of(
          "java.util.logging.Logger", "java.lang.System.Logger", "org.slf4j.Logger", "org.slf4j.spi.LoggingEventBuilder",
          "org.apache.logging.log4j.Logger", "org.apache.logging.log4j.LogBuilder", "org.jboss.logging.BasicLogger");

  /**
   * JDK methods that turn their first argument into a string with its {@code toString}, whatever
   * else they do: by declaring class, the method names.
   */
  private static final ImmutableMap<String, ImmutableSet<String>> TO_STRING_OF_ARGUMENT =
      ImmutableMap.of(
          "java.lang.String", ImmutableSet.of("valueOf"),
          "java.util.Objects", ImmutableSet.of("toString"),
          "java.io.PrintStream", ImmutableSet.of("print", "println"),
          "java.io.PrintWriter", ImmutableSet.of("print", "println"),
          "java.lang.StringBuilder", ImmutableSet.of("append"),
          "java.lang.StringBuffer", ImmutableSet.of("append"));
  /**
   * JDK methods that format their variable arguments into a string ({@code %s} and {@code {0}}
   * call {@code toString}; an entity fits no other conversion): by declaring class, the names.
   */
  private static final ImmutableMap<String, ImmutableSet<String>> FORMATS_ARGUMENTS =
      ImmutableMap.of(
          "java.lang.String", ImmutableSet.of("format", "formatted"),
          "java.io.PrintStream", ImmutableSet.of("printf", "format"),
          "java.io.PrintWriter", ImmutableSet.of("printf", "format"),
          "java.util.Formatter", ImmutableSet.of("format"),
          "java.text.MessageFormat", ImmutableSet.of("format"));

  private final EntityModel model;
  private final Types types;
  /** Follows elements handed to methods of this compilation, or null not to. */
  private final CalleeNavigations callees;
  private final int depth;
  /**
   * Whether to record uses of a bound value itself (a call on it, iterating it), with an empty
   * path: in a called method the parameter may hold an association the caller reached, a proxy
   * or an uninitialized collection that such a use loads.
   */
  private boolean recordsUsesOfBound;
  private final Map<Symbol, Binding> variables = new IdentityHashMap<>();
  private final Map<Tree, Binding> sources = new IdentityHashMap<>();
  private final List<Navigation> navigations = new ArrayList<>();

  public NavigationScanner(EntityModel model, Types types) {
    this(model, types, null, 0);
  }

  /**
   * A scanner that also follows elements handed to methods whose bodies are in this compilation
   * ({@code toDto(order)}, {@code map(this::toDto)}), {@code depth} methods deep.
   */
  public NavigationScanner(EntityModel model, Types types, CalleeNavigations callees, int depth) {
    this.model = model;
    this.types = types;
    this.callees = callees;
    this.depth = depth;
  }

  /** Binds a variable (a loop variable, a lambda parameter) to the loop's elements. */
  public NavigationScanner bind(Symbol variable, Binding binding) {
    variables.put(variable, binding);
    return this;
  }

  /** Records uses of the bound values themselves; see {@link #recordsUsesOfBound}. */
  NavigationScanner recordingUsesOfBound() {
    recordsUsesOfBound = true;
    return this;
  }

  /** Binds an expression (the source of a pipeline) to a collection of elements. */
  public NavigationScanner bindSource(Tree source, Binding binding) {
    sources.put(source, binding);
    return this;
  }

  public ImmutableList<Navigation> scan(Tree tree) {
    scan(tree, null);
    return ImmutableList.copyOf(navigations);
  }

  @Override
  public Void visitVariable(VariableTree tree, Void unused) {
    if (tree.getInitializer() != null) {
      resolve(tree.getInitializer()).ifPresent(binding -> variables.put(symbol(tree), binding));
    }
    return super.visitVariable(tree, null);
  }

  @Override
  public Void visitEnhancedForLoop(EnhancedForLoopTree tree, Void unused) {
    Optional<Binding> iterated = resolve(tree.getExpression());
    if (iterated.isPresent() && iterated.get().collection()) {
      record(iterated.get(), tree.getExpression());
      Symbol variable = symbol(tree.getVariable());
      if (variable != null) {
        variables.put(variable, iterated.get().elements());
      }
    }
    return super.visitEnhancedForLoop(tree, null);
  }

  @Override
  public Void visitMethodInvocation(MethodInvocationTree tree, Void unused) {
    ExpressionTree select = tree.getMethodSelect();
    if (select instanceof MemberSelectTree) {
      ExpressionTree receiver = ((MemberSelectTree) select).getExpression();
      Optional<Binding> bound = resolve(receiver);
      if (bound.isPresent()) {
        Binding binding = bound.get();
        String name = ((MemberSelectTree) select).getIdentifier().toString();
        if (binding.collection()) {
          record(binding, receiver);
          bindFunctionArguments(tree.getArguments(), binding.elements());
        } else if (!NON_INITIALIZING.contains(name) && !isIdGetter(binding, tree)) {
          // A use of the bound value itself is named by its call: c.getName(), not c.
          record(binding, binding.path().isEmpty() ? tree : receiver);
        }
      }
    }
    convertedArguments(tree).forEach(this::convertedToString);
    if (initializesArgument(tree)) {
      // Hibernate.initialize(order.getLines()): loads what the argument holds, a collection or a proxy.
      resolve(tree.getArguments().get(0)).ifPresent(argument -> record(argument, tree));
    }
    if (callees != null && depth > 0
        && TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) select) instanceof Symbol.MethodSymbol method) {
      List<? extends ExpressionTree> arguments = tree.getArguments();
      for (int i = 0; i < arguments.size(); i++) {
        int parameter = i;
        resolve(arguments.get(i)).ifPresent(argument -> follow(method, parameter, argument, tree));
      }
    }
    if (isLogging(tree)) {
      // log.fine(() -> "by " + order.getCustomer()): the function runs only when the level is on.
      scan(tree.getMethodSelect(), null);
      for (ExpressionTree argument : tree.getArguments()) {
        ExpressionTree stripped = Expressions.strip(argument);
        if (!(stripped instanceof LambdaExpressionTree) && !(stripped instanceof MemberReferenceTree)) {
          scan(argument, null);
        }
      }
      return null;
    }
    return super.visitMethodInvocation(tree, null);
  }

  /** A call of a logger (or its fluent builder), whose function arguments supply the message lazily. */
  private static boolean isLogging(MethodInvocationTree tree) {
    return tree.getArguments().stream().map(Expressions::strip)
            .anyMatch(argument -> argument instanceof LambdaExpressionTree || argument instanceof MemberReferenceTree)
        && TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) tree.getMethodSelect()) instanceof Symbol.MethodSymbol method
        && method.owner instanceof Symbol.ClassSymbol owner
        && LOGGERS.contains(owner.getQualifiedName().toString());
  }

  /** {@code "by " + order.getCustomer()}: string concatenation calls each operand's {@code toString}. */
  @Override
  public Void visitBinary(BinaryTree tree, Void unused) {
    if (tree.getKind() == Tree.Kind.PLUS && isString(tree)) {
      convertedToString(tree.getLeftOperand());
      convertedToString(tree.getRightOperand());
    }
    return super.visitBinary(tree, null);
  }

  /** {@code text += order.getLines()}. */
  @Override
  public Void visitCompoundAssignment(CompoundAssignmentTree tree, Void unused) {
    if (tree.getKind() == Tree.Kind.PLUS_ASSIGNMENT && isString(tree)) {
      convertedToString(tree.getExpression());
    }
    return super.visitCompoundAssignment(tree, null);
  }

  /**
   * An operand turned into a string: when it holds an association reached from an element, a
   * proxy or a collection wrapper, its {@code toString} loads it.
   */
  private void convertedToString(ExpressionTree operand) {
    if (!isString(operand)) {
      resolve(operand).ifPresent(binding -> record(binding, operand));
    }
  }

  private static boolean isString(Tree tree) {
    com.sun.tools.javac.code.Type type = ((com.sun.tools.javac.tree.JCTree) tree).type;
    return type != null && type.tsym != null && type.tsym.getQualifiedName().contentEquals("java.lang.String");
  }

  /**
   * The arguments a JDK call turns into strings: the first of {@code String.valueOf(x)}, {@code
   * System.out.println(x)}, {@code builder.append(x)} ({@link #TO_STRING_OF_ARGUMENT}); the
   * variable ones of {@code String.format(pattern, x, y)} and its kin ({@link #FORMATS_ARGUMENTS}).
   */
  private static List<? extends ExpressionTree> convertedArguments(MethodInvocationTree tree) {
    if (tree.getArguments().isEmpty()
        || !(TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) tree.getMethodSelect()) instanceof Symbol.MethodSymbol method)
        || method.getParameters().isEmpty()) {
      return List.of();
    }
    if (((com.sun.tools.javac.tree.JCTree.JCMethodInvocation) tree).varargsElement != null) {
      // The arguments were put in an array by javac: those from the last parameter's position.
      ImmutableSet<String> names = FORMATS_ARGUMENTS.get(method.owner.getQualifiedName().toString());
      return names != null && names.contains(method.getSimpleName().toString())
          ? tree.getArguments().subList(method.getParameters().size() - 1, tree.getArguments().size())
          : List.of();
    }
    if (!method.getParameters().get(0).type.tsym.getQualifiedName().contentEquals("java.lang.Object")) {
      return List.of();
    }
    ImmutableSet<String> names = TO_STRING_OF_ARGUMENT.get(method.owner.getQualifiedName().toString());
    return names != null && names.contains(method.getSimpleName().toString())
        ? tree.getArguments().subList(0, 1)
        : List.of();
  }

  /** {@code Hibernate.initialize(x)} or {@code Hibernate.unproxy(x)}: initializes its argument. */
  private static boolean initializesArgument(MethodInvocationTree tree) {
    if (tree.getArguments().isEmpty() || !(tree.getMethodSelect() instanceof MemberSelectTree select)) {
      return false;
    }
    javax.lang.model.element.Name name = select.getIdentifier();
    // initialize(proxy), unproxy(proxy), unproxy(proxy, Class)
    return (name.contentEquals("initialize") && tree.getArguments().size() == 1
            || name.contentEquals("unproxy") && tree.getArguments().size() <= 2)
        && TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) select) instanceof Symbol.MethodSymbol method
        && method.isStatic()
        && method.owner.getQualifiedName().contentEquals(HibernateApi.HIBERNATE);
  }

  /** The navigations a called method makes from what its parameter holds, put after the argument's path. */
  private void follow(Symbol.MethodSymbol method, int parameter, Binding argument, ExpressionTree at) {
    for (CalleeNavigations.Relative inner : callees.of(method, parameter, argument, depth)) {
      if (inner.path().isEmpty()) {
        // The callee used the value itself: a load only when it is an association the caller
        // reached (a proxy, a collection), and only of that.
        record(argument, at, inner.code());
      } else {
        navigations.add(new Navigation(
            ImmutableList.<Attribute>builder().addAll(argument.path()).addAll(inner.path()).build(), at, inner.code()));
      }
    }
  }

  /**
   * Records a navigation of {@code binding} when it is an association reached from an element:
   * a to-one that is called, or a collection association that is iterated, sized or streamed.
   * A stream of to-ones ({@code map(Order::getCustomer)}) is not initialized by its stages.
   */
  private void record(Binding binding, ExpressionTree at) {
    record(binding, at, "");
  }

  private void record(Binding binding, ExpressionTree at, String through) {
    if (binding.path().isEmpty()) {
      if (recordsUsesOfBound) {
        navigations.add(new Navigation(binding.path(), at, through));
      }
      return;
    }
    Attribute last = binding.path().get(binding.path().size() - 1);
    if (last.association().isEmpty()) {
      return;
    }
    if (binding.collection() == last.association().get().isCollection()) {
      navigations.add(new Navigation(binding.path(), at, through));
    }
  }

  /**
   * Binds the parameters of lambdas and unbound method references passed to a stream or
   * iterable operation, also inside nested calls such as {@code Collectors.groupingBy(...)},
   * when their parameter type is the element type.
   */
  private void bindFunctionArguments(List<? extends ExpressionTree> arguments, Binding elements) {
    for (ExpressionTree argument : arguments) {
      ExpressionTree arg = Expressions.strip(argument);
      if (arg instanceof LambdaExpressionTree) {
        LambdaExpressionTree lambda = (LambdaExpressionTree) arg;
        if (!lambda.getParameters().isEmpty()) {
          Symbol parameter = symbol(lambda.getParameters().get(0));
          if (parameter != null && accepts(parameter.type, elements)) {
            variables.put(parameter, elements);
          }
        }
      } else if (arg instanceof MemberReferenceTree) {
        navigateByReference((MemberReferenceTree) arg, elements);
      } else if (arg instanceof MethodInvocationTree) {
        bindFunctionArguments(((MethodInvocationTree) arg).getArguments(), elements);
      }
    }
  }

  /**
   * {@code Customer::getName} applied to elements reached through an association; {@code
   * this::toDto} or {@code Mapper::toDto}, a method of this compilation that takes each element.
   */
  private void navigateByReference(MemberReferenceTree reference, Binding elements) {
    Symbol method = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) reference);
    if (callees != null && depth > 0 && method instanceof Symbol.MethodSymbol taking
        && taking.getParameters().size() == 1 && reference.getMode() == MemberReferenceTree.ReferenceMode.INVOKE
        && (taking.isStatic() || !isUnbound(reference))
        && accepts(taking.getParameters().get(0).type, elements)) {
      follow(taking, 0, elements, reference);
      return;
    }
    if (!(method instanceof Symbol.MethodSymbol)
        || method.isStatic()
        || !((Symbol.MethodSymbol) method).getParameters().isEmpty()
        || elements.type() == null
        || !accepts(method.owner.type, elements)
        || NON_INITIALIZING.contains(method.getSimpleName().toString())) {
      return;
    }
    Optional<Attribute> attribute =
        model.attributeForGetter(elements.type().element().asType(), (ExecutableElement) method);
    if (attribute.isPresent() && attribute.get().kind() == AttributeKind.ID) {
      return;
    }
    record(elements, reference);
  }

  /**
   * {@code Order::describe} takes the element as its receiver; {@code this::toDto} and {@code
   * mapper::toDto} have one of their own.
   */
  private static boolean isUnbound(MemberReferenceTree reference) {
    Symbol qualifier = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) reference.getQualifierExpression());
    return qualifier instanceof Symbol.TypeSymbol;
  }

  /** What an expression holds relative to the elements, following getters and stream stages. */
  Optional<Binding> resolve(ExpressionTree expression) {
    ExpressionTree tree = Expressions.strip(expression);
    Binding seeded = sources.get(tree);
    if (seeded != null) {
      return Optional.of(seeded);
    }
    if (tree instanceof IdentifierTree) {
      return Optional.ofNullable(variables.get(TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) tree)));
    }
    if (tree instanceof MemberSelectTree select) {
      return field(select);
    }
    if (!(tree instanceof MethodInvocationTree)) {
      return Optional.empty();
    }
    MethodInvocationTree call = (MethodInvocationTree) tree;
    if (!(call.getMethodSelect() instanceof MemberSelectTree)) {
      return Optional.empty();
    }
    MemberSelectTree select = (MemberSelectTree) call.getMethodSelect();
    Optional<Binding> receiver = resolve(select.getExpression());
    if (receiver.isEmpty()) {
      return Optional.empty();
    }
    Binding binding = receiver.get();
    String name = select.getIdentifier().toString();
    if (binding.collection()) {
      if (SAME_ELEMENTS.contains(name)) {
        return receiver;
      }
      if (ONE_ELEMENT.contains(name)) {
        return Optional.of(binding.elements());
      }
      if (name.equals("map") || name.equals("flatMap")) {
        return mapped(call, binding.elements(), name.equals("flatMap"));
      }
      return Optional.empty();
    }
    return call.getArguments().isEmpty() ? getter(binding, call) : Optional.empty();
  }

  /** {@code map(o -> o.getCustomer())}, {@code map(Order::getCustomer)}, {@code flatMap(o -> o.getItems().stream())}. */
  private Optional<Binding> mapped(MethodInvocationTree call, Binding elements, boolean flat) {
    if (call.getArguments().size() != 1) {
      return Optional.empty();
    }
    ExpressionTree function = Expressions.strip(call.getArguments().get(0));
    Optional<Binding> result = Optional.empty();
    if (function instanceof LambdaExpressionTree) {
      LambdaExpressionTree lambda = (LambdaExpressionTree) function;
      if (lambda.getParameters().size() == 1 && lambda.getBody() instanceof ExpressionTree) {
        Symbol parameter = symbol(lambda.getParameters().get(0));
        if (parameter != null && accepts(parameter.type, elements)) {
          variables.put(parameter, elements);
          result = resolve((ExpressionTree) lambda.getBody());
        }
      }
    } else if (function instanceof MemberReferenceTree && elements.type() != null) {
      Symbol method = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) function);
      if (method instanceof Symbol.MethodSymbol && !method.isStatic() && accepts(method.owner.type, elements)) {
        result = getter(elements, (Symbol.MethodSymbol) method);
      }
    }
    if (result.isEmpty()) {
      return Optional.empty();
    }
    Binding value = result.get();
    if (flat) {
      return value.collection() ? result : Optional.empty();
    }
    // A stream of the mapped values: to-ones become the new elements.
    return value.collection() || value.path().isEmpty()
        ? Optional.empty()
        : Optional.of(new Binding(value.path(), value.type(), true));
  }

  /**
   * {@code order.lines} or {@code order.customer}: an association read from its field, as public
   * fields (Panache entities) or an entity's own code have it. The field holds what Hibernate
   * put there: the collection wrapper, or the to-one's proxy.
   */
  private Optional<Binding> field(MemberSelectTree select) {
    Optional<Symbol.VarSymbol> field = instanceField(select);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    Optional<Binding> receiver = resolve(select.getExpression());
    if (receiver.isEmpty() || receiver.get().collection() || receiver.get().type() == null) {
      return Optional.empty();
    }
    Binding owner = receiver.get();
    if (isProxy(owner) && !Panache.isEnhancedEntity((Symbol.ClassSymbol) owner.type().element())) {
      // order.customer is a proxy: without enhancement its own fields are never loaded, so what
      // order.customer.orders reads is no association Hibernate put there.
      return Optional.empty();
    }
    return owner.type().attribute(field.get().getSimpleName().toString())
        .filter(found -> types.isSameType(types.erasure(found.type()), types.erasure(field.get().type)))
        .flatMap(found -> reach(owner, found));
  }

  /** The instance field a member select reads, if it reads one. */
  private static Optional<Symbol.VarSymbol> instanceField(MemberSelectTree select) {
    return TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) select) instanceof Symbol.VarSymbol field
            && field.getKind() == ElementKind.FIELD && !field.isStatic()
        ? Optional.of(field)
        : Optional.empty();
  }

  /** Whether a bound value is a to-one association reached from an element: Hibernate's proxy. */
  private static boolean isProxy(Binding binding) {
    return !binding.collection() && !binding.path().isEmpty()
        && binding.path().get(binding.path().size() - 1).association().isPresent();
  }

  /**
   * {@code order.customer.name} on an entity that Quarkus enhances (a Panache entity): the field
   * read goes through an accessor, which initializes the proxy. Without bytecode enhancement a
   * proxy's own fields are never loaded, so elsewhere such a read loads nothing (and is not a
   * navigation); the id is never one.
   */
  @Override
  public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
    Optional<Symbol.VarSymbol> field = instanceField(tree);
    if (field.isPresent()) {
      Optional<Binding> receiver = resolve(tree.getExpression());
      if (receiver.isPresent() && isProxy(receiver.get()) && receiver.get().type() != null
          && Panache.isEnhancedEntity((Symbol.ClassSymbol) receiver.get().type().element())
          && receiver.get().type().attribute(field.get().getSimpleName().toString())
              .filter(attribute -> attribute.kind() != AttributeKind.ID).isPresent()) {
        record(receiver.get(), tree.getExpression());
      }
    }
    return super.visitMemberSelect(tree, null);
  }

  private Optional<Binding> getter(Binding owner, MethodInvocationTree call) {
    Symbol method = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) call.getMethodSelect());
    return method instanceof Symbol.MethodSymbol
        ? getter(owner, (Symbol.MethodSymbol) method)
        : Optional.empty();
  }

  private Optional<Binding> getter(Binding owner, Symbol.MethodSymbol method) {
    if (owner.type() == null) {
      return Optional.empty();
    }
    return model.attributeForGetter(owner.type().element().asType(), method).flatMap(found -> reach(owner, found));
  }

  /** What an attribute of the owner holds: an embeddable, or an association's target; nothing for basic values. */
  private Optional<Binding> reach(Binding owner, Attribute found) {
    if (found.kind() == AttributeKind.EMBEDDED) {
      return model.embeddable(found).map(embeddable -> owner.then(found, embeddable, false));
    }
    if (!found.isFetchable()) {
      return Optional.empty();
    }
    ManagedType target = model.target(found).orElse(null);
    return Optional.of(owner.then(found, target, found.association().get().isCollection()));
  }

  private boolean isIdGetter(Binding binding, MethodInvocationTree call) {
    Symbol method = TreeInfo.symbol((com.sun.tools.javac.tree.JCTree) call.getMethodSelect());
    if (!(method instanceof Symbol.MethodSymbol) || binding.type() == null) {
      return false;
    }
    return model.attributeForGetter(binding.type().element().asType(), (ExecutableElement) method)
        .filter(attribute -> attribute.kind() == AttributeKind.ID)
        .isPresent();
  }

  /** Whether a function parameter of {@code type} takes the elements of {@code binding}. */
  private boolean accepts(com.sun.tools.javac.code.Type type, Binding binding) {
    if (type == null || binding.type() == null) {
      return false;
    }
    return types.isAssignable(types.erasure(binding.type().element().asType()), types.erasure(type));
  }

  private static Symbol symbol(VariableTree tree) {
    Symbol symbol = TreeInfo.symbolFor((com.sun.tools.javac.tree.JCTree) tree);
    return symbol != null && (symbol.getKind() == ElementKind.LOCAL_VARIABLE
            || symbol.getKind() == ElementKind.PARAMETER
            || symbol.getKind() == ElementKind.RESOURCE_VARIABLE
            || symbol.getKind() == ElementKind.BINDING_VARIABLE)
        ? symbol
        : null;
  }
}
