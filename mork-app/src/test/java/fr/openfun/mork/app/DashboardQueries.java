package fr.openfun.mork.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PromQL of the Grafana dashboard shipped with the chart ({@code charts/mork/dashboards/
 * mork.json}): every panel target and variable query, and the metric and label names each uses.
 */
final class DashboardQueries {
  static final Path DASHBOARD = Path.of("..", "charts", "mork", "dashboards", "mork.json");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*\\{");
  private static final Pattern PREFIXED =
      Pattern.compile("\\b((?:mork|jvm|process|system|hikaricp)_[a-zA-Z0-9_:]+)");
  private static final Pattern MATCHER =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)\\s*(?:=~|!~|!=|=)");
  private static final Pattern GROUPING = Pattern.compile("\\b(?:by|without)\\s*\\(([^)]*)\\)");

  private DashboardQueries() {}

  static JsonNode dashboard() {
    try {
      return new ObjectMapper().readTree(DASHBOARD.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every expression: panel targets (rows' nested panels included) and variable queries. */
  static List<String> expressions(JsonNode dashboard) {
    List<String> found = new ArrayList<>();
    collect(dashboard.path("panels"), found);
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      JsonNode query = variable.path("query");
      if (query.has("query")) {
        found.add(query.path("query").asText());
      }
    }
    return found;
  }

  private static void collect(JsonNode panels, List<String> found) {
    for (JsonNode panel : panels) {
      panel.path("targets").forEach(t -> found.add(t.path("expr").asText()));
      collect(panel.path("panels"), found);
    }
  }

  static Set<String> metrics(String expression) {
    String bare = STRING.matcher(expression).replaceAll("\"\"");
    Set<String> names = new TreeSet<>();
    Matcher selector = SELECTOR.matcher(bare);
    while (selector.find()) {
      if (!List.of("by", "without", "on", "ignoring").contains(selector.group(1))) {
        names.add(selector.group(1));
      }
    }
    Matcher prefixed = PREFIXED.matcher(bare);
    while (prefixed.find()) {
      names.add(prefixed.group(1));
    }
    return names;
  }

  static Set<String> labels(String expression) {
    String bare = STRING.matcher(expression).replaceAll("\"\"");
    Set<String> names = new TreeSet<>();
    Matcher braces = Pattern.compile("\\{([^}]*)\\}").matcher(bare);
    while (braces.find()) {
      Matcher matcher = MATCHER.matcher(braces.group(1));
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    Matcher grouping = GROUPING.matcher(bare);
    while (grouping.find()) {
      for (String label : grouping.group(1).split(",")) {
        if (!label.isBlank()) {
          names.add(label.strip());
        }
      }
    }
    return names;
  }
}
