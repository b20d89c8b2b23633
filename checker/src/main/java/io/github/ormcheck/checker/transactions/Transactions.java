package io.github.ormcheck.checker.transactions;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Attribute;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.tree.TreeScanner;
import com.sun.tools.javac.util.Context;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.javac.Implementations;
import io.github.ormcheck.checker.javac.KnownTypes;
import io.github.ormcheck.checker.javac.LastAnswer;
import io.github.ormcheck.checker.frameworks.EnterpriseBeans;
import io.github.ormcheck.checker.frameworks.SpringTx;
import io.github.ormcheck.checker.frameworks.ThreadHandoffs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transaction model of one compilation: which methods a transaction proxy wraps and with
 * which attributes, which code runs inside a transaction (a transactional method's body, a
 * {@code TransactionTemplate} callback), and the call graph between the compilation's methods,
 * built lazily once per compilation and kept in javac's {@link Context}.
 *
 * <p>Code that runs after the commit ({@code @TransactionalEventListener},
 * {@code TransactionSynchronization.afterCommit}) or on another thread (an executor, {@code
 * CompletableFuture.*Async}, {@code new Thread}, {@code @Async}) is not in the transaction.
 */
public final class Transactions {
  private static final Context.Key<Transactions> KEY = new Context.Key<>();

  /** Helper methods followed below a transactional method. */
  public static final int MAX_DEPTH = 4;

  /** Where a transaction starts: the method's name (the head of a chain) and its attributes. */
  public record Root(String name, TransactionAttributes attributes) {}

  /** A call in a method body, on the method's own thread. */
  public record Call(MethodInvocationTree tree, Symbol.MethodSymbol callee) {}

  private final JavacTrees trees;
  private final com.sun.tools.javac.code.Types types;
  private final KnownTypes known;
  private final Implementations implementations;
  private final Map<Symbol.MethodSymbol, List<Call>> callGraph = new HashMap<>();
  private final Map<Object, Object> memo = new HashMap<>();
  /** Per symbol (method, class, annotation type): the {@code @Transactional} it carries, directly or as a meta-annotation. */
  private final Map<Symbol, Optional<TransactionAttributes>> annotatedTransactional = new HashMap<>();
  private final Map<Symbol.MethodSymbol, Boolean> outsideTransaction = new HashMap<>();
  /** Per enterprise bean class: the attributes its business methods get when they declare none. */
  private final Map<Symbol.ClassSymbol, Optional<TransactionAttributes>> containerDefaults = new HashMap<>();
  private final Map<Symbol.MethodSymbol, Optional<TransactionAttributes>> containerManagedMethods = new HashMap<>();
  /** The innermost lambda or method reference {@link #enclosing} last reached, and its transaction. */
  private final LastAnswer<Tree, Optional<Root>> lastScope = new LastAnswer<>();
  /** Code in a method alternates between its own body and its lambdas: the method's answer too. */
  private final LastAnswer<MethodTree, Optional<Root>> lastMethod = new LastAnswer<>();

  private Transactions(Context context) {
    this.trees = JavacTrees.instance(context);
    this.types = com.sun.tools.javac.code.Types.instance(context);
    this.known = KnownTypes.instance(context);
    this.implementations = Implementations.instance(context);
  }

  /** Which implementation a call of an abstract method runs, for analyses that follow calls. */
  public Implementations implementations() {
    return implementations;
  }

  public static Transactions instance(Context context) {
    return CompilationScope.instance(context, KEY, Transactions::new);
  }

  /** A memo for analyses built on this model, kept as long as the compilation. */
  @SuppressWarnings("unchecked")
  public <K, V> Map<K, V> memo(String name) {
    return (Map<K, V>) memo.computeIfAbsent(name, n -> new HashMap<>());
  }

  /** The {@code @Transactional} written on the method itself, directly or as a meta-annotation. */
  public Optional<TransactionAttributes> onMethod(Symbol.MethodSymbol method) {
    return transactional(method);
  }

  /** The {@code @Transactional} on the class (or a superclass), directly or as a meta-annotation. */
  public Optional<TransactionAttributes> onClass(Symbol.ClassSymbol type) {
    for (Type current = type.type; current != null && current.tsym instanceof Symbol.ClassSymbol cls;
        current = cls.getSuperclass()) {
      Optional<TransactionAttributes> found = transactional(cls);
      if (found.isPresent()) {
        return found;
      }
      if (current.getKind() != javax.lang.model.type.TypeKind.DECLARED) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The attributes a transaction proxy applies when another bean calls this method: the method's
   * own annotation, else the class's for methods a proxy can intercept (not private, not static).
   * Empty when neither, or when the proxy cannot intercept it at all.
   */
  public Optional<TransactionAttributes> declared(Symbol.MethodSymbol method) {
    if (method.isConstructor() || (method.flags() & Flags.STATIC) != 0) {
      return Optional.empty();
    }
    if ((method.flags() & Flags.PRIVATE) != 0) {
      return containerManaged(method); // a timeout callback may be private
    }
    Optional<TransactionAttributes> own = onMethod(method);
    if (own.isPresent()) {
      return own;
    }
    Optional<TransactionAttributes> ofClass = onClass(method.enclClass());
    return ofClass.isPresent() ? ofClass : containerManaged(method);
  }

  /**
   * Whether the method carries a transaction annotation of its own ({@code @Transactional},
   * directly or as a meta-annotation, or an enterprise bean's {@code @TransactionAttribute}), rather
   * than taking its attributes from its class or from the container's default.
   */
  public boolean annotatedItself(Symbol.MethodSymbol method) {
    return onMethod(method).isPresent() || annotation(method, EnterpriseBeans.TRANSACTION_ATTRIBUTE).isPresent();
  }

  /**
   * The container-managed transaction an enterprise bean's method runs in (Jakarta Enterprise
   * Beans, "Support for Transactions"): in a session or message-driven bean that does not manage
   * its own ({@code @TransactionManagement(BEAN)}), every business method (public, not static)
   * and timeout callback ({@code @Schedule}, {@code @Timeout}) runs with its own {@code
   * @TransactionAttribute}, else the class's, else {@code REQUIRED}. Only for a class that is
   * itself the bean: a superclass's methods take the superclass's attributes, and whether some
   * bean extends it is not known here. Lifecycle callbacks ({@code @PostConstruct}) are left out:
   * their transaction is unspecified for most beans.
   */
  public Optional<TransactionAttributes> containerManaged(Symbol.MethodSymbol method) {
    Symbol.ClassSymbol bean = method.enclClass();
    if (bean == null || bean.getAnnotationMirrors().isEmpty()) {
      return Optional.empty(); // most classes: no annotation, no bean
    }
    Optional<TransactionAttributes> beanDefault = containerDefaults.get(bean);
    if (beanDefault == null) {
      beanDefault = containerDefault(bean);
      containerDefaults.put(bean, beanDefault);
    }
    if (beanDefault.isEmpty() || method.isConstructor() || (method.flags() & Flags.STATIC) != 0) {
      return Optional.empty();
    }
    Optional<TransactionAttributes> known = containerManagedMethods.get(method);
    if (known == null) {
      known = containerManaged(method, bean, beanDefault.get());
      containerManagedMethods.put(method, known);
    }
    return known;
  }

  /** {@link #containerManaged(Symbol.MethodSymbol)} for a method of a bean that the container manages. */
  private Optional<TransactionAttributes> containerManaged(
      Symbol.MethodSymbol method, Symbol.ClassSymbol bean, TransactionAttributes beanDefault) {
    boolean timeout = annotatedAny(method, EnterpriseBeans.TIMEOUT_CALLBACKS);
    if (!timeout && ((method.flags() & Flags.PUBLIC) == 0
        || annotatedAny(method, EnterpriseBeans.LIFECYCLE_CALLBACKS)
        || !isBusinessMethod(method, bean))) {
      return Optional.empty();
    }
    Optional<Attribute.Compound> own = annotation(method, EnterpriseBeans.TRANSACTION_ATTRIBUTE);
    return Optional.of(own.isPresent() ? TransactionAttributes.of(own.get()) : beanDefault);
  }

  /**
   * Whether a public method is one the container calls, so that it wraps it in the transaction:
   * with a no-interface view ({@code @LocalBean}, or no business interface) every public method;
   * with business interfaces ({@code @Local}/{@code @Remote} values, or the interfaces the class
   * implements, for a message-driven bean its listener interface) only their methods. Other
   * public methods run in whatever transaction their caller has, if any.
   */
  private boolean isBusinessMethod(Symbol.MethodSymbol method, Symbol.ClassSymbol bean) {
    if (annotatedAny(bean, EnterpriseBeans.LOCAL_BEAN)) {
      return true;
    }
    List<Type> views = new ArrayList<>();
    for (Attribute.Compound annotation : bean.getAnnotationMirrors()) {
      if (EnterpriseBeans.BUSINESS_VIEWS.contains(annotation.type.tsym.getQualifiedName().toString())) {
        annotation.getElementValues().values().forEach(value -> classes(value, views));
      }
    }
    for (Type implemented : bean.getInterfaces()) {
      String name = implemented.tsym.getQualifiedName().toString();
      if (!name.equals("java.io.Serializable") && !name.equals("java.io.Externalizable")
          && !name.startsWith("jakarta.ejb.") && !name.startsWith("javax.ejb.")) {
        views.add(implemented);
      }
    }
    if (views.isEmpty()) {
      return true;
    }
    for (Type view : views) {
      for (Type type : types.closure(view)) {
        for (Symbol member : type.tsym.members().getSymbolsByName(method.name)) {
          if (member instanceof Symbol.MethodSymbol declared && method.overrides(declared, bean, types, true)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The classes of an annotation value ({@code @Local(OrderService.class)} or an array of them). */
  private static void classes(Attribute value, List<Type> into) {
    if (value instanceof Attribute.Class type) {
      into.add(type.classType);
    } else if (value instanceof Attribute.Array array) {
      for (Attribute element : array.values) {
        classes(element, into);
      }
    }
  }

  /** The class's {@code @TransactionAttribute}, or REQUIRED, for a bean whose transactions the container manages. */
  private static Optional<TransactionAttributes> containerDefault(Symbol.ClassSymbol type) {
    Optional<Attribute.Compound> component = annotation(type, EnterpriseBeans.COMPONENTS);
    if (component.isEmpty()) {
      return Optional.empty();
    }
    Optional<Attribute.Compound> management = annotation(type, EnterpriseBeans.TRANSACTION_MANAGEMENT);
    if (management.isPresent() && management.get().getElementValues().values().stream()
        .anyMatch(value -> value instanceof Attribute.Enum constant
            && constant.value.getSimpleName().contentEquals(EnterpriseBeans.BEAN_MANAGED))) {
      return Optional.empty();
    }
    Optional<Attribute.Compound> ofClass = annotation(type, EnterpriseBeans.TRANSACTION_ATTRIBUTE);
    return Optional.of(ofClass.isPresent()
        ? TransactionAttributes.of(ofClass.get())
        : TransactionAttributes.containerDefault(component.get().type.tsym.getQualifiedName().toString()));
  }

  /**
   * Runs after the transaction is over: an event listener bound to a transaction phase (Spring's
   * {@code @TransactionalEventListener}, a CDI {@code @Observes(during = AFTER_SUCCESS)}), a
   * synchronization callback.
   */
  public boolean runsAfterTransaction(Symbol.MethodSymbol method) {
    if (annotated(method, SpringTx.TRANSACTIONAL_EVENT_LISTENER)) {
      return true;
    }
    // A CDI observer of a transaction's outcome: @Observes(during = TransactionPhase.AFTER_SUCCESS).
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      Optional<Attribute.Compound> observes = annotation(parameter, EnterpriseBeans.OBSERVES);
      if (observes.isPresent() && observes.get().getElementValues().entrySet().stream()
          .anyMatch(value -> value.getKey().getSimpleName().contentEquals("during")
              && value.getValue() instanceof Attribute.Enum phase
              && EnterpriseBeans.AFTER_TRANSACTION_PHASES.contains(phase.value.getSimpleName().toString()))) {
        return true;
      }
    }
    return SpringTx.AFTER_TRANSACTION_CALLBACKS.contains(method.getSimpleName().toString())
        && known.isSubtype(method.enclClass().type, SpringTx.TRANSACTION_SYNCHRONIZATION);
  }

  /** {@link #runsAfterTransaction} or {@link #runsOnAnotherThread}, kept per method: asked for every call. */
  public boolean outsideTransaction(Symbol.MethodSymbol method) {
    if (method.getAnnotationMirrors().isEmpty()
        && method.enclClass().getAnnotationMirrors().isEmpty()
        && !SpringTx.AFTER_TRANSACTION_CALLBACKS.contains(method.getSimpleName().toString())
        && method.getParameters().stream().allMatch(parameter -> parameter.getAnnotationMirrors().isEmpty())) {
      return false; // Most callees: nothing that could move them out, and nothing worth keeping.
    }
    Boolean outside = outsideTransaction.get(method);
    if (outside == null) {
      outside = runsAfterTransaction(method) || runsOnAnotherThread(method);
      outsideTransaction.put(method, outside);
    }
    return outside;
  }

  /**
   * Runs on another thread: Spring's {@code @Async}, an enterprise bean's or Jakarta
   * Concurrency's {@code @Asynchronous}, an asynchronous CDI observer ({@code @ObservesAsync}).
   */
  public boolean runsOnAnotherThread(Symbol.MethodSymbol method) {
    return annotated(method, SpringTx.ASYNC) || annotated(method.enclClass(), SpringTx.ASYNC)
        || annotatedAny(method, EnterpriseBeans.ASYNCHRONOUS) || annotatedAny(method.enclClass(), EnterpriseBeans.ASYNCHRONOUS)
        || method.getParameters().stream().anyMatch(parameter -> annotatedAny(parameter, EnterpriseBeans.OBSERVES_ASYNC));
  }

  /**
   * The transaction the code at {@code path} runs in, if any: the enclosing method's, or a
   * {@code TransactionTemplate} callback's. Functions handed to another thread, and anonymous
   * classes other than template callbacks, are outside.
   */
  public Optional<Root> enclosing(TreePath path) {
    for (TreePath current = path.getParentPath(); current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof MethodTree methodTree) {
        // The checks ask for each call of a method in turn: the method's answer is kept apart
        // from its lambdas', so that a call after a lambda does not compute it again.
        return methodScope(methodTree, current);
      }
      if (leaf instanceof LambdaExpressionTree || leaf instanceof MemberReferenceTree) {
        // The innermost function's answer is kept for the next call in it.
        TreePath scope = current;
        return lastScope.get(leaf, l -> fromScope(scope));
      }
      if (leaf instanceof ClassTree) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@link #enclosing} from the innermost lambda or method reference around the code. */
  private Optional<Root> fromScope(TreePath scope) {
    for (TreePath current = scope; current != null; current = current.getParentPath()) {
      Tree leaf = current.getLeaf();
      if (leaf instanceof LambdaExpressionTree || leaf instanceof MemberReferenceTree) {
        Tree parent = current.getParentPath().getLeaf();
        if (isTemplateCallback(parent, leaf)) {
          return Optional.of(new Root(methodName(current), TransactionAttributes.template()));
        }
        if (isHandoff(parent, leaf)) {
          return Optional.empty();
        }
      } else if (leaf instanceof MethodTree methodTree) {
        return methodScope(methodTree, current);
      } else if (leaf instanceof ClassTree) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@link #methodRoot}, kept for the method's next call. */
  private Optional<Root> methodScope(MethodTree methodTree, TreePath method) {
    return lastMethod.get(methodTree, m -> methodRoot(m, method));
  }

  /** The transaction a method's own body runs in: {@link #enclosing} once it reaches the method. */
  private Optional<Root> methodRoot(MethodTree methodTree, TreePath current) {
    Symbol.MethodSymbol method = (Symbol.MethodSymbol) TreeInfo.symbolFor((JCTree) methodTree);
    if (method == null || outsideTransaction(method)) {
      return Optional.empty();
    }
    TreePath classPath = current.getParentPath();
    if (classPath != null && classPath.getParentPath() != null
        && classPath.getParentPath().getLeaf() instanceof NewClassTree anonymous) {
      // An anonymous TransactionCallback's doInTransaction runs in the template's transaction;
      // other anonymous classes run whenever someone calls them.
      Tree outer = classPath.getParentPath().getParentPath().getLeaf();
      return isTemplateCallback(outer, anonymous)
          ? Optional.of(new Root(methodName(classPath.getParentPath()), TransactionAttributes.template()))
          : Optional.empty();
    }
    return declared(method).filter(TransactionAttributes::transactional)
        .map(attributes -> new Root(method.getSimpleName().toString(), attributes));
  }

  /** The calls in a method's body that run on its thread, or none when its source is not in this compilation. */
  public List<Call> calls(Symbol.MethodSymbol method) {
    List<Call> known = callGraph.get(method);
    if (known != null) {
      return known;
    }
    List<Call> calls = new ArrayList<>();
    callGraph.put(method, calls);
    JCTree.JCMethodDecl declaration = trees.getTree(method);
    if (declaration != null && declaration.body != null) {
      new TreeScanner() {
        @Override
        public void visitApply(JCTree.JCMethodInvocation invocation) {
          if (TreeInfo.symbol(invocation.meth) instanceof Symbol.MethodSymbol callee) {
            calls.add(new Call(invocation, callee));
          }
          scan(invocation.meth);
          for (JCTree.JCExpression argument : invocation.args) {
            if (!isHandoff(invocation, argument)) {
              scan(argument);
            }
          }
        }

        @Override
        public void visitNewClass(JCTree.JCNewClass creation) {
          // new Thread(() -> ...) and anonymous classes run their bodies elsewhere.
          if (!isThread(creation)) {
            scan(creation.args);
          }
        }

        @Override
        public void visitClassDef(JCTree.JCClassDecl local) {}
      }.scan(declaration.body);
    }
    return calls;
  }

  /** Whether {@code function} is the callback argument of {@code TransactionTemplate.execute}. */
  public boolean isTemplateCallback(Tree parent, Tree function) {
    return parent instanceof MethodInvocationTree call
        && call.getArguments().contains(function)
        && call.getMethodSelect() instanceof MemberSelectTree select
        && SpringTx.TEMPLATE_CALLBACK_METHODS.contains(select.getIdentifier().toString())
        && TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol method
        && SpringTx.TEMPLATES.stream().anyMatch(template -> known.isSubtype(method.enclClass().type, template));
  }

  /** Whether {@code argument} of {@code parent} runs on another thread. */
  public boolean isHandoff(Tree parent, Tree argument) {
    if (parent instanceof NewClassTree creation) {
      return creation.getArguments().contains(argument) && isThread((JCTree.JCNewClass) creation);
    }
    if (!(parent instanceof MethodInvocationTree call) || !call.getArguments().contains(argument)
        || !(TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol method)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    for (Map.Entry<String, com.google.common.collect.ImmutableSet<String>> handoff : ThreadHandoffs.METHODS.entrySet()) {
      if (handoff.getValue().contains(name) && known.isSubtype(method.enclClass().type, handoff.getKey())) {
        return true;
      }
    }
    return false;
  }

  /** {@code new Thread(...)} and its subclasses: code that runs on another thread. */
  boolean isThread(JCTree.JCNewClass creation) {
    return creation.type != null
        && ThreadHandoffs.THREAD_TYPES.stream().anyMatch(type -> known.isSubtype(creation.type, type));
  }

  private static String methodName(TreePath path) {
    for (TreePath current = path; current != null; current = current.getParentPath()) {
      if (current.getLeaf() instanceof MethodTree method) {
        return method.getName().toString();
      }
    }
    return "transaction";
  }

  /** {@code @Transactional} itself, or an annotation type annotated with it. */
  public boolean isTransactionalAnnotation(Symbol annotationType) {
    return SpringTx.TRANSACTIONAL.contains(annotationType.getQualifiedName().toString())
        || transactional(annotationType).isPresent();
  }

  private Optional<TransactionAttributes> transactional(Symbol symbol) {
    if (symbol.getAnnotationMirrors().isEmpty()) {
      return Optional.empty(); // most methods: nothing to keep
    }
    Optional<TransactionAttributes> known = annotatedTransactional.get(symbol);
    if (known == null) {
      known = transactional(symbol, new HashSet<>());
      annotatedTransactional.put(symbol, known);
    }
    return known;
  }

  /** {@code @Transactional} on the symbol, or on an annotation type that annotates it. */
  private Optional<TransactionAttributes> transactional(Symbol symbol, Set<Symbol> seen) {
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      if (SpringTx.TRANSACTIONAL.contains(annotation.type.tsym.getQualifiedName().toString())) {
        return Optional.of(TransactionAttributes.of(annotation));
      }
    }
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      Symbol type = annotation.type.tsym;
      if (seen.add(type) && !type.getQualifiedName().toString().startsWith("java.lang.")) {
        Optional<TransactionAttributes> meta = transactional(type, seen);
        if (meta.isPresent()) {
          return meta;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean annotated(Symbol symbol, String annotation) {
    return symbol != null && symbol.getAnnotationMirrors().stream()
        .anyMatch(a -> a.type.tsym.getQualifiedName().contentEquals(annotation));
  }

  private static boolean annotatedAny(Symbol symbol, com.google.common.collect.ImmutableSet<String> annotations) {
    return annotation(symbol, annotations).isPresent();
  }

  /** The first annotation on {@code symbol} whose type is one of {@code annotations}. */
  private static Optional<Attribute.Compound> annotation(Symbol symbol, com.google.common.collect.ImmutableSet<String> annotations) {
    if (symbol == null) {
      return Optional.empty();
    }
    for (Attribute.Compound annotation : symbol.getAnnotationMirrors()) {
      if (annotations.contains(annotation.type.tsym.getQualifiedName().toString())) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }
}
