package io.github.ormcheck.checker.plans;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.ormcheck.checker.model.EntityGraphs;
import io.github.ormcheck.checker.model.ManagedType;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * A method's {@code @LoadPlan}: its root entity and the association paths it declares.
 *
 * @param method the annotated method
 * @param annotation the {@code @LoadPlan} mirror, to point diagnostics at
 * @param root the root entity, when it can be found
 * @param paths the declared paths, as written, each with its annotation value
 */
public record LoadPlan(
    ExecutableElement method,
    AnnotationMirror annotation,
    java.util.Optional<ManagedType> root,
    ImmutableList<DeclaredPath> paths) {

  /** One path of the plan and the annotation value that spells it. */
  public record DeclaredPath(String path, AnnotationValue value) {}

  /** The declared paths with all their prefixes: {@code lineItems.product} declares {@code lineItems}. */
  public ImmutableSet<String> declared() {
    return EntityGraphs.withPrefixes(paths.stream().map(DeclaredPath::path).toList());
  }
}
