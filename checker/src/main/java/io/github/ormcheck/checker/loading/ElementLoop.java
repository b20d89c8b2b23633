package io.github.ormcheck.checker.loading;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;

/**
 * Code that runs once per element of a collection, iterable or stream: an enhanced {@code for},
 * an indexed {@code for} over {@code get(i)}, an {@code Iterator} loop, {@code forEach}, or a
 * stream pipeline.
 *
 * @param anchor the loop statement, or the call that starts the pipeline
 * @param source the expression the elements come from, whose origin decides what is loaded
 * @param elementType the type of the elements
 * @param seed what carries the elements into the body: the loop variable (one element), the
 *     list or iterator variable (the collection), or the pipeline's source expression
 * @param seedIsCollection whether {@code seed} holds the collection rather than one element
 * @param body what runs per element (the loop body, or the whole pipeline expression)
 */
public record ElementLoop(
    Tree anchor, ExpressionTree source, Type elementType, Object seed, boolean seedIsCollection, Tree body) {

  /** Seeds a scanner with this loop's elements, described by {@code elements}. */
  public NavigationScanner seed(NavigationScanner scanner, Binding elements) {
    Binding binding = seedIsCollection ? new Binding(elements.path(), elements.type(), true) : elements;
    return seed instanceof Symbol
        ? scanner.bind((Symbol) seed, binding)
        : scanner.bindSource((Tree) seed, binding);
  }
}
