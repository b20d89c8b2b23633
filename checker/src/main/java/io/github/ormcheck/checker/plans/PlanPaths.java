package io.github.ormcheck.checker.plans;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreeScanner;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.tree.TreeInfo;
import java.util.Optional;

/** Finds the source trees of a {@code @LoadPlan} and of its path strings, to report on. */
public final class PlanPaths {
  private PlanPaths() {}

  public static Optional<AnnotationTree> annotation(MethodTree method) {
    for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
      com.sun.tools.javac.code.Symbol symbol = TreeInfo.symbol((JCTree) annotation.getAnnotationType());
      if (symbol != null && symbol.getQualifiedName().contentEquals(LoadPlans.LOAD_PLAN)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** The string literal spelling {@code path} inside the annotation, else the annotation. */
  public static Tree literal(AnnotationTree annotation, String path) {
    Tree[] found = new Tree[1];
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitLiteral(LiteralTree tree, Void unused) {
        if (found[0] == null && path.equals(tree.getValue())) {
          found[0] = tree;
        }
        return null;
      }
    }.scan(annotation, null);
    return found[0] != null ? found[0] : annotation;
  }
}
