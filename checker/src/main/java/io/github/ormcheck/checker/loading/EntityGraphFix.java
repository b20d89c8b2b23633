package io.github.ormcheck.checker.loading;

import com.google.errorprone.VisitorState;
import com.google.errorprone.fixes.SuggestedFix;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol;
import io.github.ormcheck.checker.frameworks.SpringData;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.Optional;

/**
 * The mechanical fix for a lazy load whose elements come from a Spring Data method: annotate that
 * method with {@code @EntityGraph(attributePaths = "path")}. Offered only when the method has no
 * {@code @Query} or {@code @EntityGraph} yet (those need a person to merge) and is declared in the
 * file being compiled, since a suggested fix can only edit that file.
 */
final class EntityGraphFix {
  private EntityGraphFix() {}

  static Optional<SuggestedFix> of(Origin origin, String path, VisitorState state) {
    if (origin.repositoryMethod().isEmpty()) {
      return Optional.empty();
    }
    Symbol.MethodSymbol method = origin.repositoryMethod().get();
    if (Mirrors.find(method, SpringData.ENTITY_GRAPH).isPresent()
        || Mirrors.find(method, SpringData.QUERY).isPresent()) {
      return Optional.empty();
    }
    TreePath declaration = JavacTrees.instance(state.context).getPath(method);
    if (declaration == null
        || !(declaration.getLeaf() instanceof MethodTree)
        || declaration.getCompilationUnit() != state.getPath().getCompilationUnit()) {
      return Optional.empty();
    }
    return Optional.of(
        SuggestedFix.builder()
            .prefixWith(declaration.getLeaf(), "@EntityGraph(attributePaths = \"" + path + "\") ")
            .addImport(SpringData.ENTITY_GRAPH)
            .build());
  }
}
