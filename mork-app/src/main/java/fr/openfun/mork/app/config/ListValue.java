package fr.openfun.mork.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses list variables as the original Mork accepted them: a JSON array of strings ({@code
 * ["a","b"]}, pydantic's form) or comma separated values ({@code a,b}).
 */
final class ListValue {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ListValue() {}

  static List<String> parse(String value) {
    String trimmed = value.strip();
    if (trimmed.startsWith("[")) {
      return parseJson(trimmed);
    }
    return Arrays.stream(trimmed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static List<String> parseJson(String value) {
    JsonNode node;
    try {
      node = JSON.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a valid JSON array of strings; expected [\"a\",\"b\"] or a,b");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual() && !item.isNumber()) {
        throw new IllegalArgumentException(
            "the JSON array must hold strings only; expected [\"a\",\"b\"] or a,b");
      }
      String text = item.asText().strip();
      if (!text.isEmpty()) {
        items.add(text);
      }
    }
    return List.copyOf(items);
  }
}
