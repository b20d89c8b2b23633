package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import com.sun.source.tree.ExpressionTree;
import io.github.ormcheck.checker.model.Attribute;
import java.util.stream.Collectors;

/**
 * Code that initializes an association reached from a loop element: a method called on a
 * to-one other than its id getter, or a collection iterated, sized or streamed.
 *
 * @param path the attributes from the element to the association, outermost first
 * @param at the expression that reads the association ({@code item.getProduct()})
 */
public record Navigation(ImmutableList<Attribute> path, ExpressionTree at) {

  public String dotted() {
    return path.stream().map(Attribute::name).collect(Collectors.joining("."));
  }

  public Attribute last() {
    return path.get(path.size() - 1);
  }
}
