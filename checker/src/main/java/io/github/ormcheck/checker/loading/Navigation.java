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
 * @param at the expression that reads the association ({@code item.getProduct()}), or the call
 *     or method reference that hands the element to a method that reads it
 * @param through where in the called method the association is read, or empty
 */
public record Navigation(ImmutableList<Attribute> path, ExpressionTree at, String through) {

  /** A navigation the code at {@code at} makes itself. */
  public Navigation(ImmutableList<Attribute> path, ExpressionTree at) {
    this(path, at, "");
  }

  /**
   * The code, for messages: {@code item.getProduct()}, or for a navigation in a called method
   * {@code toDto(item) (item.getProduct() in OrderService.toDto)}.
   */
  public String code() {
    return through.isEmpty() ? at.toString() : at + " (" + through + ")";
  }

  public String dotted() {
    return path.stream().map(Attribute::name).collect(Collectors.joining("."));
  }

  public Attribute last() {
    return path.get(path.size() - 1);
  }
}
