package io.github.ormcheck.checker.bugpatterns;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.bugpatterns.BugChecker.MethodTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.errorprone.CheckSupport;
import io.github.ormcheck.checker.transactions.TransactionAttributes;
import io.github.ormcheck.checker.transactions.Transactions;
import java.util.Optional;
import javax.inject.Inject;

/**
 * {@code IneffectiveTransactional}: {@code @Transactional} where a proxy cannot intercept the
 * call (a private, static or final method, or a final class with class-level
 * {@code @Transactional}), so no transaction starts. Protected and package-private methods are
 * fine: Spring 6's class-based proxies intercept them.
 */
@AutoService(BugChecker.class)
@BugPattern(
    name = "IneffectiveTransactional",
    summary =
        "@Transactional on a private, static or final method (or a final class): the transaction"
            + " proxy cannot intercept the call, so no transaction starts.",
    severity = WARNING,
    linkType = CUSTOM,
    link = "https://github.com/ormcheck/ormcheck/blob/main/docs/rules/IneffectiveTransactional.md",
    tags = {"ormcheck", "transactions", "LikelyError"})
public final class IneffectiveTransactional extends OrmCheck implements MethodTreeMatcher, ClassTreeMatcher {

  /** For ServiceLoader, which Error Prone uses to find plugin checks. */
  public IneffectiveTransactional() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public IneffectiveTransactional(ErrorProneFlags flags) {
    super(flags);
  }

  @Override
  public Description matchMethod(MethodTree tree, VisitorState state) {
    try {
      Symbol.MethodSymbol method = ASTHelpers.getSymbol(tree);
      if (method == null || method.isConstructor()) {
        return Description.NO_MATCH;
      }
      Optional<TransactionAttributes> transactional = Transactions.instance(state.context).onMethod(method);
      if (transactional.isEmpty()) {
        return Description.NO_MATCH;
      }
      String why;
      if ((method.flags() & Flags.PRIVATE) != 0) {
        why = "private: the proxy only sees calls from other beans, and those cannot call a private method";
      } else if ((method.flags() & Flags.STATIC) != 0) {
        why = "static: a static call goes to the class, never through the proxy";
      } else if ((method.flags() & Flags.FINAL) != 0) {
        why = "final: a class-based proxy cannot override it, so calls run the original method on the"
            + " proxy instance, without a transaction (and with the proxy's null fields)";
      } else {
        return Description.NO_MATCH;
      }
      report(tree.getModifiers(), tree, state,
          String.format(
              "@%s on %s() has no effect: the method is %s. Make it public (or protected or"
                  + " package-private, which Spring 6 proxies intercept), not static and not"
                  + " final, and call it from another bean.",
              simpleName(transactional.get()), method.getSimpleName(), why),
          method.owner.getQualifiedName() + "#" + method);
    } catch (RuntimeException | LinkageError e) {
      // Never throw into javac.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  @Override
  public Description matchClass(ClassTree tree, VisitorState state) {
    try {
      Symbol.ClassSymbol type = ASTHelpers.getSymbol(tree);
      if (type == null || type.isAnonymous() || (type.flags() & Flags.FINAL) == 0 || type.isInterface() || type.isEnum() || type.isRecord()) {
        return Description.NO_MATCH;
      }
      Optional<TransactionAttributes> transactional = Transactions.instance(state.context).onClass(type);
      if (transactional.isEmpty()) {
        return Description.NO_MATCH;
      }
      report(tree.getModifiers(), tree, state,
          String.format(
              "@%s on the final class %s cannot work as written: a class-based proxy (Spring"
                  + " Boot's default) cannot subclass it, so the application context fails to start"
                  + " (\"Cannot subclass final class\"); with interface-based proxies only calls"
                  + " through its interfaces get a transaction. Remove final.",
              simpleName(transactional.get()), type.getSimpleName()),
          type.getQualifiedName().toString());
    } catch (RuntimeException | LinkageError e) {
      // Never throw into javac.
      CheckSupport.internalError(this, state, options, e);
    }
    return Description.NO_MATCH;
  }

  /** At the annotation when it is written there (a meta-annotation counts), else at the declaration. */
  private void report(ModifiersTree modifiers, Tree declaration, VisitorState state, String message, String symbol) {
    Tree at = declaration;
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      Symbol type = ASTHelpers.getSymbol(annotation.getAnnotationType());
      if (type != null && Transactions.instance(state.context).isTransactionalAnnotation(type)) {
        at = annotation;
        break;
      }
    }
    CheckSupport.report(this, state, options, at, message, Optional.empty(), symbol);
  }

  private static String simpleName(TransactionAttributes attributes) {
    return attributes.annotation().substring(attributes.annotation().lastIndexOf('.') + 1);
  }
}
