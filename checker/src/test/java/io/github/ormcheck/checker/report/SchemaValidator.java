package io.github.ormcheck.checker.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema uses: {@code $ref}
 * to its definitions, type, properties, required, additionalProperties, items, minItems,
 * uniqueItems, enum, minimum, maximum, pattern, anyOf, oneOf, and {@code format: uri} /
 * {@code uri-reference}. Written here instead of adding a schema library for one test; a keyword
 * it does not know makes it fail, so it cannot pass by ignoring part of the schema.
 */
public final class SchemaValidator {
  /** The SARIF 2.1.0 schema shipped with these tests (a copy of the OASIS schema). */
  public static SchemaValidator sarif() throws java.io.IOException {
    try (java.io.InputStream in = SchemaValidator.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
      return new SchemaValidator(Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  private static final java.util.Set<String> KNOWN =
      java.util.Set.of(
          "$schema", "id", "title", "description", "default", "definitions", "$ref", "type",
          "properties", "required", "additionalProperties", "items", "minItems", "uniqueItems",
          "enum", "minimum", "maximum", "pattern", "anyOf", "oneOf", "format");

  private final Map<?, ?> root;

  public SchemaValidator(Object schema) {
    this.root = (Map<?, ?>) schema;
  }

  /** The violations, each with its JSON path; empty when the document is valid. */
  public List<String> validate(Object document) {
    List<String> errors = new ArrayList<>();
    check(root, document, "$", errors);
    return errors;
  }

  private void check(Map<?, ?> schema, Object value, String path, List<String> errors) {
    for (Object keyword : schema.keySet()) {
      if (!KNOWN.contains(keyword)) {
        throw new IllegalStateException("schema keyword not supported: " + keyword + " at " + path);
      }
    }
    if (schema.containsKey("$ref")) {
      String ref = (String) schema.get("$ref");
      if (!ref.startsWith("#/definitions/")) {
        throw new IllegalStateException("unsupported $ref " + ref);
      }
      Map<?, ?> definitions = (Map<?, ?>) root.get("definitions");
      check((Map<?, ?>) definitions.get(ref.substring("#/definitions/".length())), value, path, errors);
    }
    Object type = schema.get("type");
    if (type != null) {
      List<?> types = type instanceof List ? (List<?>) type : List.of(type);
      if (types.stream().noneMatch(t -> hasType(value, (String) t))) {
        errors.add(path + ": expected " + types + " but was " + describe(value));
        return;
      }
    }
    if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
      errors.add(path + ": " + value + " not in " + schema.get("enum"));
    }
    if (value instanceof Number number) {
      if (schema.containsKey("minimum") && number.doubleValue() < ((Number) schema.get("minimum")).doubleValue()) {
        errors.add(path + ": " + number + " below minimum " + schema.get("minimum"));
      }
      if (schema.containsKey("maximum") && number.doubleValue() > ((Number) schema.get("maximum")).doubleValue()) {
        errors.add(path + ": " + number + " above maximum " + schema.get("maximum"));
      }
    }
    if (value instanceof String text) {
      if (schema.containsKey("pattern") && !Pattern.compile((String) schema.get("pattern")).matcher(text).find()) {
        errors.add(path + ": '" + text + "' does not match " + schema.get("pattern"));
      }
      Object format = schema.get("format");
      if (("uri".equals(format) || "uri-reference".equals(format)) && !isUri(text, "uri".equals(format))) {
        errors.add(path + ": '" + text + "' is not a " + format);
      }
    }
    if (value instanceof List<?> list) {
      if (schema.containsKey("minItems") && list.size() < ((Number) schema.get("minItems")).intValue()) {
        errors.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (Boolean.TRUE.equals(schema.get("uniqueItems")) && new HashSet<>(list).size() != list.size()) {
        errors.add(path + ": items not unique");
      }
      if (schema.get("items") instanceof Map<?, ?> items) {
        for (int i = 0; i < list.size(); i++) {
          check(items, list.get(i), path + "[" + i + "]", errors);
        }
      }
    }
    if (value instanceof Map<?, ?> object) {
      Map<?, ?> properties = schema.get("properties") instanceof Map<?, ?> p ? p : Map.of();
      if (schema.containsKey("required")) {
        for (Object name : (List<?>) schema.get("required")) {
          if (!object.containsKey(name)) {
            errors.add(path + ": missing required '" + name + "'");
          }
        }
      }
      Object additional = schema.get("additionalProperties");
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        String child = path + "." + entry.getKey();
        if (properties.containsKey(entry.getKey())) {
          check((Map<?, ?>) properties.get(entry.getKey()), entry.getValue(), child, errors);
        } else if (Boolean.FALSE.equals(additional)) {
          errors.add(path + ": property '" + entry.getKey() + "' not allowed");
        } else if (additional instanceof Map<?, ?> additionalSchema) {
          check(additionalSchema, entry.getValue(), child, errors);
        }
      }
    }
    if (schema.containsKey("anyOf")) {
      boolean any = false;
      for (Object option : (List<?>) schema.get("anyOf")) {
        any |= validAgainst((Map<?, ?>) option, value, path);
      }
      if (!any) {
        errors.add(path + ": matches none of anyOf");
      }
    }
    if (schema.containsKey("oneOf")) {
      int matches = 0;
      for (Object option : (List<?>) schema.get("oneOf")) {
        matches += validAgainst((Map<?, ?>) option, value, path) ? 1 : 0;
      }
      if (matches != 1) {
        errors.add(path + ": matches " + matches + " of oneOf, expected exactly 1");
      }
    }
  }

  private boolean validAgainst(Map<?, ?> schema, Object value, String path) {
    List<String> errors = new ArrayList<>();
    check(schema, value, path, errors);
    return errors.isEmpty();
  }

  private static boolean hasType(Object value, String type) {
    return switch (type) {
      case "object" -> value instanceof Map;
      case "array" -> value instanceof List;
      case "string" -> value instanceof String;
      case "boolean" -> value instanceof Boolean;
      case "integer" -> value instanceof Long;
      case "number" -> value instanceof Number;
      case "null" -> value == null;
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }

  private static boolean isUri(String text, boolean absolute) {
    try {
      java.net.URI uri = new java.net.URI(text);
      return !absolute || uri.isAbsolute();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String describe(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
