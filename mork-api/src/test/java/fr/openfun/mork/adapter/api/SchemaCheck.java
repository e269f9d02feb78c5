package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A small JSON-schema check (type, required, properties, items, enum, oneOf, $ref) for examples.
 */
final class SchemaCheck {
  private final JsonNode document;

  SchemaCheck(JsonNode document) {
    this.document = document;
  }

  List<String> violations(JsonNode schema, JsonNode value, String at) {
    List<String> out = new ArrayList<>();
    check(resolve(schema), value, at, out);
    return out;
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
    if (schema.has("oneOf")) {
      long matching = 0;
      for (JsonNode option : schema.get("oneOf")) {
        matching += violations(option, value, at).isEmpty() ? 1 : 0;
      }
      if (matching != 1) {
        out.add(at + ": matches " + matching + " oneOf options");
      }
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      out.add(at + ": " + value.getNodeType() + " is not " + schema.get("type"));
      return;
    }
    if (schema.has("enum") && !value.isNull() && !contains(schema.get("enum"), value)) {
      out.add(at + ": " + value + " not in enum");
    }
    if (value.isObject()) {
      schema
          .path("required")
          .forEach(
              r -> {
                if (!value.has(r.asText())) {
                  out.add(at + ": missing " + r.asText());
                }
              });
      value
          .properties()
          .forEach(
              e -> {
                JsonNode property = schema.path("properties").get(e.getKey());
                JsonNode extra = schema.get("additionalProperties");
                if (property != null) {
                  check(resolve(property), e.getValue(), at + "." + e.getKey(), out);
                } else if (extra != null && extra.isObject()) {
                  check(resolve(extra), e.getValue(), at + "." + e.getKey(), out);
                }
              });
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(resolve(schema.get("items")), value.get(i), at + "[" + i + "]", out);
      }
    }
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      current = document.at(current.get("$ref").asText().substring(1));
    }
    return current;
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> false;
    };
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode v : values) {
      if (v.equals(value)) {
        return true;
      }
    }
    return false;
  }
}
