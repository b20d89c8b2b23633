package io.github.ormcheck.checker.plans;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.VariableTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import com.sun.tools.javac.code.Types;
import com.sun.tools.javac.model.JavacTypes;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import com.sun.tools.javac.util.Context;
import com.sun.tools.javac.util.Name;
import com.sun.tools.javac.util.Names;
import io.github.ormcheck.checker.javac.Display;
import io.github.ormcheck.checker.javac.CompilationScope;
import io.github.ormcheck.checker.loading.Binding;
import io.github.ormcheck.checker.loading.Navigation;
import io.github.ormcheck.checker.loading.NavigationScanner;
import io.github.ormcheck.checker.model.Association;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Navigations that leave a load plan: inside a {@code @LoadPlan} method (from its parameters of
 * the root entity), and in code that uses the result of a call to one. EAGER associations are
 * loaded anyway and a collection's way back to its owner is already loaded; neither leaves the
 * plan.
 */
public final class PlanNavigations {
  /** A navigation outside a plan, and the plan it leaves. */
  public record Violation(Navigation navigation, LoadPlan plan, String context) {}

  private static final Context.Key<PlanNavigations> KEY = new Context.Key<>();

  private final EntityModel model;
  private final LoadPlans plans;
  private final Types types;
  private final JavacTypes javacTypes;
  /** {@code io.github.ormcheck.annotations.LoadPlan}, as the compilation's name. */
  private final Name loadPlan;

  private PlanNavigations(Context context) {
    this.model = CompilationScope.entityModel(context);
    this.plans = new LoadPlans(model);
    this.types = Types.instance(context);
    this.javacTypes = JavacTypes.instance(context);
    this.loadPlan = Names.instance(context).fromString(LoadPlans.LOAD_PLAN);
  }

  /** The compilation's instance, on its entity model. */
  public static PlanNavigations instance(Context context) {
    return CompilationScope.instance(context, KEY, PlanNavigations::new);
  }

  /** Navigations inside a {@code @LoadPlan} method, from its parameters of the root entity. */
  public ImmutableList<Violation> inside(MethodTree method) {
    Symbol.MethodSymbol symbol = (Symbol.MethodSymbol) TreeInfo.symbolFor((JCTree) method);
    Optional<LoadPlan> own = method.getBody() == null || symbol == null || !carriesPlan(symbol)
        ? Optional.empty()
        : plans.of(symbol);
    if (own.isEmpty() || own.get().root().isEmpty()) {
      return ImmutableList.of();
    }
    List<Violation> violations = new ArrayList<>();
    NavigationScanner scanner = scanner();
    ManagedType root = own.get().root().get();
    for (VariableTree parameter : method.getParameters()) {
      Symbol variable = TreeInfo.symbolFor((JCTree) parameter);
      binding(variable.type, root).ifPresent(binding -> scanner.bind(variable, binding));
    }
    collect(scanner.scan(method.getBody()), own.get(), "inside " + symbol.getSimpleName(), violations);
    return ImmutableList.copyOf(violations);
  }

  /** Whether {@code call} calls a {@code @LoadPlan} method: the test to make at every call first. */
  public boolean callsPlanMethod(MethodInvocationTree call) {
    return TreeInfo.symbol((JCTree) call.getMethodSelect()) instanceof Symbol.MethodSymbol called && carriesPlan(called);
  }

  /**
   * Navigations in {@code method} on the result of {@code call}, when it calls a {@code @LoadPlan}
   * method. Asked at each call, so that no check walks every method body for such calls again.
   */
  public ImmutableList<Violation> onResultOf(MethodInvocationTree call, MethodTree method) {
    Symbol symbol = TreeInfo.symbol((JCTree) call.getMethodSelect());
    if (method.getBody() == null || !(symbol instanceof Symbol.MethodSymbol called) || !carriesPlan(called)) {
      return ImmutableList.of();
    }
    Optional<LoadPlan> plan = plans.of(called).filter(p -> p.root().isPresent());
    Optional<Binding> binding = plan.flatMap(p -> binding(((JCTree) call).type, p.root().get()));
    if (binding.isEmpty()) {
      return ImmutableList.of();
    }
    List<Violation> violations = new ArrayList<>();
    NavigationScanner scanner = scanner();
    scanner.bindSource(call, binding.get());
    collect(scanner.scan(method.getBody()), plan.get(),
        "on the result of " + Display.method(called), violations);
    return ImmutableList.copyOf(violations);
  }

  private NavigationScanner scanner() {
    return new NavigationScanner(model, javacTypes);
  }

  private void collect(List<Navigation> navigations, LoadPlan plan, String context, List<Violation> out) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Navigation navigation : navigations) {
      String path = navigation.dotted();
      if (plan.declared().contains(path) || loadedAnyway(navigation) || !seen.add(path)) {
        continue;
      }
      out.add(new Violation(navigation, plan, context));
    }
  }

  /** EAGER associations, and the way back from a collection's elements to its owner. */
  private static boolean loadedAnyway(Navigation navigation) {
    if (navigation.last().association().map(Association::isEager).orElse(false)) {
      return true;
    }
    List<Attribute> path = navigation.path();
    for (int i = 1; i < path.size(); i++) {
      Optional<Association> previous = path.get(i - 1).association();
      if (previous.map(Association::isCollection).orElse(false)
          && previous.get().mappedBy().filter(path.get(i).name()::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The root entity itself, or a collection, iterable, stream or page of it. */
  private Optional<Binding> binding(Type type, ManagedType root) {
    if (type == null) {
      return Optional.empty();
    }
    if (model.entity(type).filter(e -> e.element().equals(root.element())).isPresent()) {
      return Optional.of(Binding.element(root));
    }
    Type element = type.getTypeArguments().size() == 1 ? type.getTypeArguments().get(0) : null;
    Type erased = types.erasure(type);
    boolean container =
        erased.tsym.getQualifiedName().contentEquals("java.util.Optional")
            || isSubtypeOfNamed(erased, "java.lang.Iterable")
            || isSubtypeOfNamed(erased, "java.util.stream.Stream");
    if (container && element != null
        && model.entity(element).filter(e -> e.element().equals(root.element())).isPresent()) {
      boolean optional = erased.tsym.getQualifiedName().contentEquals("java.util.Optional");
      return Optional.of(optional ? Binding.element(root) : new Binding(ImmutableList.of(), root, true));
    }
    return Optional.empty();
  }

  private boolean isSubtypeOfNamed(Type type, String name) {
    for (Type t = type; t != null && t.tsym != null; ) {
      if (t.tsym.getQualifiedName().contentEquals(name)) {
        return true;
      }
      for (Type supertype : types.interfaces(t)) {
        if (isSubtypeOfNamed(types.erasure(supertype), name)) {
          return true;
        }
      }
      Type superclass = types.supertype(t);
      t = superclass == null || superclass.tsym == null ? null : types.erasure(superclass);
    }
    return false;
  }

  /**
   * Whether {@code method} is annotated {@code @LoadPlan}: asked for every call in every method,
   * so the annotation types are compared as javac's interned names, without reading them out.
   */
  private boolean carriesPlan(Symbol method) {
    for (com.sun.tools.javac.code.Attribute.Compound annotation : method.getAnnotationMirrors()) {
      if (annotation.type.tsym.getQualifiedName() == loadPlan) {
        return true;
      }
    }
    return false;
  }
}
