package io.github.ormcheck.checker.plans;

import com.google.common.collect.ImmutableList;
import io.github.ormcheck.checker.model.Attribute;
import io.github.ormcheck.checker.model.AttributeKind;
import io.github.ormcheck.checker.model.EntityModel;
import io.github.ormcheck.checker.model.ManagedType;
import io.github.ormcheck.checker.model.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads and checks {@code @LoadPlan}: finds the root (the {@code root} attribute, else the entity
 * of the return type unwrapped from containers), and resolves each path against the entity
 * model, through embeddables, to an association.
 */
public final class LoadPlans {
  public static final String LOAD_PLAN = "io.github.ormcheck.annotations.LoadPlan";

  /** Containers whose element is the root: {@code Optional<Order>}, {@code Page<Order>}... */
  private static final Set<String> CONTAINERS =
      Set.of(
          "java.util.Optional", "java.lang.Iterable", "java.util.Collection", "java.util.List",
          "java.util.Set", "java.util.SortedSet", "java.util.stream.Stream",
          "org.springframework.data.domain.Page", "org.springframework.data.domain.Slice",
          "org.springframework.data.domain.Window", "org.springframework.data.util.Streamable",
          "java.util.concurrent.CompletableFuture", "java.util.concurrent.Future");

  private final EntityModel model;

  public LoadPlans(EntityModel model) {
    this.model = model;
  }

  public Optional<LoadPlan> of(Element method) {
    if (!(method instanceof ExecutableElement)) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> annotation = Mirrors.find(method, LOAD_PLAN);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    ExecutableElement executable = (ExecutableElement) method;
    Optional<TypeElement> explicitRoot =
        Mirrors.explicitClass(annotation.get(), "root")
            .filter(root -> !root.getQualifiedName().contentEquals("java.lang.Void"));
    Optional<ManagedType> root =
        explicitRoot.isPresent()
            ? model.entity(explicitRoot.get())
            : rootOf(executable.getReturnType(), 0);
    return Optional.of(new LoadPlan(executable, annotation.get(), root, paths(annotation.get())));
  }

  private Optional<ManagedType> rootOf(TypeMirror type, int depth) {
    if (depth > 4) {
      return Optional.empty();
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return rootOf(((javax.lang.model.type.TypeVariable) type).getUpperBound(), depth + 1);
    }
    if (type.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
      return bound == null ? Optional.empty() : rootOf(bound, depth + 1);
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return rootOf(((javax.lang.model.type.ArrayType) type).getComponentType(), depth + 1);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Optional<ManagedType> entity = model.entity(type);
    if (entity.isPresent()) {
      return entity;
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (CONTAINERS.contains(name) && declared.getTypeArguments().size() == 1) {
      return rootOf(declared.getTypeArguments().get(0), depth + 1);
    }
    return Optional.empty();
  }

  private static ImmutableList<LoadPlan.DeclaredPath> paths(AnnotationMirror annotation) {
    ImmutableList.Builder<LoadPlan.DeclaredPath> paths = ImmutableList.builder();
    Optional<AnnotationValue> value = Mirrors.explicitValue(annotation, "value");
    if (value.isEmpty()) {
      return paths.build();
    }
    Object raw = value.get().getValue();
    if (raw instanceof String) {
      paths.add(new LoadPlan.DeclaredPath((String) raw, value.get()));
    } else if (raw instanceof List) {
      for (Object item : (List<?>) raw) {
        if (item instanceof AnnotationValue && ((AnnotationValue) item).getValue() instanceof String) {
          paths.add(new LoadPlan.DeclaredPath((String) ((AnnotationValue) item).getValue(), (AnnotationValue) item));
        }
      }
    }
    return paths.build();
  }

  /** Why a path is not a chain of associations from {@code root}, or empty when it is one. */
  public Optional<String> problem(ManagedType root, String path) {
    if (path.isEmpty() || path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
      return Optional.of("'" + path + "' is not a dotted path of association names");
    }
    ManagedType current = root;
    String[] segments = path.split("\\.");
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      Optional<Attribute> attribute = current.attribute(segment);
      boolean last = i == segments.length - 1;
      if (attribute.isEmpty()) {
        return Optional.of(unknown(current, segment));
      }
      Attribute found = attribute.get();
      if (found.kind() == AttributeKind.EMBEDDED) {
        Optional<ManagedType> embeddable = model.embeddable(found);
        if (last || embeddable.isEmpty()) {
          return Optional.of(String.format(
              "'%s' in '%s' is an embedded value of %s, loaded with it; a plan path must end at"
                  + " an association (%s)",
              segment, path, current.simpleName(), associationsOf(embeddable.orElse(current))));
        }
        current = embeddable.get();
        continue;
      }
      if (!found.isFetchable()) {
        return Optional.of(String.format(
            "'%s' in '%s' is a basic attribute of %s, not an association; associations of %s: %s",
            segment, path, current.simpleName(), current.simpleName(), associationsOf(current)));
      }
      if (!last) {
        Optional<ManagedType> target = model.target(found);
        if (target.isEmpty()) {
          return Optional.of(String.format(
              "'%s' in '%s' holds values that have no associations to follow", segment, path));
        }
        current = target.get();
      }
    }
    return Optional.empty();
  }

  private static String unknown(ManagedType type, String segment) {
    List<String> names = associationNames(type);
    String nearest = nearest(segment, names);
    return String.format(
        "%s has no association '%s'%s; associations of %s: %s",
        type.simpleName(),
        segment,
        nearest == null ? "" : " (did you mean '" + nearest + "'?)",
        type.simpleName(),
        names.isEmpty() ? "none" : String.join(", ", names));
  }

  private static String associationsOf(ManagedType type) {
    List<String> names = associationNames(type);
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  /** Associations and embedded attributes, the names a path segment can take. */
  private static List<String> associationNames(ManagedType type) {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Attribute> entry : type.attributes().entrySet()) {
      if (entry.getValue().isFetchable() || entry.getValue().kind() == AttributeKind.EMBEDDED) {
        names.add(entry.getKey());
      }
    }
    return names.stream().sorted().collect(Collectors.toList());
  }

  /** The closest name by edit distance, when it is close enough to be a typo. */
  static String nearest(String word, List<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
