package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses {@code MORK_API_KEYS}: a JSON list as in the original ({@code ["k1","k2"]}), a JSON object
 * of named keys ({@code {"ops":"k1"}}), or comma-separated {@code k1,k2} or {@code ops=k1,ci=k2}.
 * Unnamed keys are named {@code api-key-1}, {@code api-key-2}... (the name is the audited actor).
 */
public final class ApiKeys {
  private ApiKeys() {}

  public static Map<String, String> parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    Map<String, String> keys = new LinkedHashMap<>();
    if (text.startsWith("[") || text.startsWith("{")) {
      JsonNode node = readJson(text);
      if (node.isObject()) {
        node.properties().forEach(e -> put(keys, e.getKey(), e.getValue().asText("")));
      } else {
        int index = 1;
        for (JsonNode item : node) {
          put(keys, "api-key-" + index++, item.asText(""));
        }
      }
      return Map.copyOf(keys);
    }
    int index = 1;
    for (String part : text.split(",")) {
      String item = part.strip();
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      if (eq > 0) {
        put(keys, item.substring(0, eq).strip(), item.substring(eq + 1).strip());
      } else {
        put(keys, "api-key-" + index++, item);
      }
    }
    return Map.copyOf(keys);
  }

  private static void put(Map<String, String> keys, String name, String key) {
    if (key.isBlank()) {
      throw new IllegalArgumentException("MORK_API_KEYS holds an empty key (" + name + ")");
    }
    if (keys.containsValue(key) || keys.put(name, key) != null) {
      throw new IllegalArgumentException("MORK_API_KEYS repeats a key or a name (" + name + ")");
    }
  }

  private static JsonNode readJson(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("MORK_API_KEYS is not valid JSON", e);
    }
  }
}
