package io.github.ormcheck.checker.model;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Entity graphs as sets of dotted attribute paths: {@code @NamedEntityGraph} declarations
 * (attribute nodes and subgraphs) and Spring Data's {@code attributePaths}. A path implies its
 * prefixes: {@code lineItems.product} loads {@code lineItems} too.
 */
public final class EntityGraphs {
  private static final int MAX_DEPTH = 16;

  private EntityGraphs() {}

  /** The named graph {@code name} declared on {@code entity} (or its default-named graph). */
  public static Optional<ImmutableSet<String>> named(ManagedType entity, String name) {
    for (AnnotationMirror graph : namedGraphs(entity.element())) {
      String graphName =
          Mirrors.explicitString(graph, "name").filter(n -> !n.isEmpty()).orElse(entity.entityName());
      if (graphName.equals(name)) {
        return Optional.of(paths(graph));
      }
    }
    return Optional.empty();
  }

  /** Every {@code @NamedEntityGraph} on a class, single or inside {@code @NamedEntityGraphs}. */
  public static List<AnnotationMirror> namedGraphs(TypeElement type) {
    java.util.ArrayList<AnnotationMirror> graphs = new java.util.ArrayList<>();
    Mirrors.findPersistence(type, JpaNames.NAMED_ENTITY_GRAPH).ifPresent(graphs::add);
    Mirrors.findPersistence(type, JpaNames.NAMED_ENTITY_GRAPHS)
        .ifPresent(container -> graphs.addAll(annotations(container, "value")));
    return graphs;
  }

  /** The attribute paths of one {@code @NamedEntityGraph}. */
  public static ImmutableSet<String> paths(AnnotationMirror graph) {
    Map<String, AnnotationMirror> subgraphs = new TreeMap<>();
    for (AnnotationMirror subgraph : annotations(graph, "subgraphs")) {
      Mirrors.explicitString(subgraph, "name").ifPresent(name -> subgraphs.put(name, subgraph));
    }
    ImmutableSet.Builder<String> paths = ImmutableSet.builder();
    collect(graph, "", subgraphs, paths, 0);
    return paths.build();
  }

  private static void collect(
      AnnotationMirror node, String prefix, Map<String, AnnotationMirror> subgraphs,
      ImmutableSet.Builder<String> paths, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (AnnotationMirror attributeNode : annotations(node, "attributeNodes")) {
      Optional<String> attribute = Mirrors.explicitString(attributeNode, "value");
      if (attribute.isEmpty() || attribute.get().isEmpty()) {
        continue;
      }
      String path = prefix + attribute.get();
      paths.add(path);
      Optional<String> subgraph = Mirrors.explicitString(attributeNode, "subgraph");
      if (subgraph.isPresent() && subgraphs.containsKey(subgraph.get())) {
        collect(subgraphs.get(subgraph.get()), path + ".", subgraphs, paths, depth + 1);
      }
    }
  }

  /** Dotted paths with all their prefixes: {@code a.b.c} gives {@code a}, {@code a.b}, {@code a.b.c}. */
  public static ImmutableSet<String> withPrefixes(Iterable<String> paths) {
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    for (String path : paths) {
      int dot = path.indexOf('.');
      while (dot > 0) {
        all.add(path.substring(0, dot));
        dot = path.indexOf('.', dot + 1);
      }
      all.add(path);
    }
    return all.build();
  }

  private static List<AnnotationMirror> annotations(AnnotationMirror annotation, String name) {
    Optional<AnnotationValue> value = Mirrors.explicitValue(annotation, name);
    java.util.ArrayList<AnnotationMirror> result = new java.util.ArrayList<>();
    if (value.isEmpty()) {
      return result;
    }
    Object raw = value.get().getValue();
    if (raw instanceof AnnotationMirror) {
      result.add((AnnotationMirror) raw);
    } else if (raw instanceof List) {
      for (Object item : (List<?>) raw) {
        Object itemValue = item instanceof AnnotationValue ? ((AnnotationValue) item).getValue() : item;
        if (itemValue instanceof AnnotationMirror) {
          result.add((AnnotationMirror) itemValue);
        }
      }
    }
    return result;
  }
}
