package io.github.ormcheck.checker.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.github.ormcheck.checker.findings.SourceRange;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Source ranges of elements, annotations and annotation values, through the public Trees API. */
public final class Positions {
  private Positions() {}

  /**
   * The range of the most precise tree available: the annotation value, else the annotation,
   * else the element. Empty for elements that have no source (class files).
   */
  public static Optional<SourceRange> of(
      Trees trees, Element element, AnnotationMirror annotation, AnnotationValue value) {
    TreePath path = mostPrecisePath(trees, element, annotation, value);
    return path == null ? Optional.empty() : of(trees.getSourcePositions(), path);
  }

  /**
   * The path of the annotation value, else of the annotation, else of the element: the tree
   * javac's {@code Messager} reports at for the same arguments. Null without source.
   */
  public static TreePath mostPrecisePath(
      Trees trees, Element element, AnnotationMirror annotation, AnnotationValue value) {
    TreePath path = null;
    if (annotation != null && value != null) {
      path = trees.getPath(element, annotation, value);
    }
    if (path == null && annotation != null) {
      path = trees.getPath(element, annotation);
    }
    return path != null ? path : trees.getPath(element);
  }

  public static Optional<SourceRange> of(SourcePositions positions, TreePath path) {
    CompilationUnitTree unit = path.getCompilationUnit();
    return of(
        unit,
        positions.getStartPosition(unit, path.getLeaf()),
        positions.getEndPosition(unit, path.getLeaf()));
  }

  /** The range of character offsets {@code start} to {@code end} in {@code unit}. */
  public static Optional<SourceRange> of(CompilationUnitTree unit, long start, long end) {
    if (start < 0 || unit.getSourceFile() == null) {
      return Optional.empty();
    }
    if (end < start) {
      end = start;
    }
    LineMap lines = unit.getLineMap();
    return Optional.of(
        new SourceRange(
            unit.getSourceFile().toUri(),
            (int) lines.getLineNumber(start),
            (int) lines.getColumnNumber(start),
            (int) lines.getLineNumber(end),
            (int) lines.getColumnNumber(end)));
  }
}
