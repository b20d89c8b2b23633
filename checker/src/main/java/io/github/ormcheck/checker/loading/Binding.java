package io.github.ormcheck.checker.loading;

import com.google.common.collect.ImmutableList;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.ManagedType;

/**
 * What a variable or expression holds, relative to a loop's elements: the element itself
 * (empty path) or what a chain of getters reached from it.
 *
 * @param path attributes navigated from the element
 * @param type the managed type of the value (entity or embeddable), or of the collection's
 *     elements when {@code collection}; null for values that are not managed types (the basic
 *     values of an element collection), which end a chain
 * @param collection whether the value is a collection association (not yet an element of it)
 */
public record Binding(ImmutableList<Attribute> path, ManagedType type, boolean collection) {

  public static Binding element(ManagedType type) {
    return new Binding(ImmutableList.of(), type, false);
  }

  public Binding then(Attribute attribute, ManagedType target, boolean isCollection) {
    return new Binding(
        ImmutableList.<Attribute>builder().addAll(path).add(attribute).build(), target, isCollection);
  }

  /** The elements of this collection value. */
  public Binding elements() {
    return new Binding(path, type, false);
  }
}
