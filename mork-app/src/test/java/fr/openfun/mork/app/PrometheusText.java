package fr.openfun.mork.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads samples out of a Prometheus text scrape, for the fault tests' metric assertions. */
final class PrometheusText {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final Pattern SAMPLE =
      Pattern.compile("(" + NAME + ")(?:\\{(.*)\\})? ([-+]?(?:[0-9.eE+-]+|NaN|Inf))(?: -?[0-9]+)?");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
  private static final Pattern COMMENT =
      Pattern.compile(
          "# (?:HELP "
              + NAME
              + " .*|TYPE "
              + NAME
              + " (?:counter|gauge|histogram|summary|untyped))");

  /** One sample line: the metric name, its labels, its value. */
  record Sample(String name, Map<String, String> labels, double value) {}

  private PrometheusText() {}

  /**
   * Parses a whole scrape in the text exposition format (version 0.0.4), strictly: a line that is
   * neither a {@code # HELP}/{@code # TYPE} comment nor a well-formed sample throws.
   */
  static List<Sample> parse(String scrape) {
    List<Sample> samples = new ArrayList<>();
    for (String line : scrape.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        if (!COMMENT.matcher(line).matches()) {
          throw new IllegalArgumentException("not a HELP or TYPE line: " + line);
        }
        continue;
      }
      Matcher sample = SAMPLE.matcher(line);
      if (!sample.matches()) {
        throw new IllegalArgumentException("not a sample line: " + line);
      }
      String value = sample.group(3);
      samples.add(
          new Sample(
              sample.group(1),
              labels(sample.group(2) == null ? "" : sample.group(2), line),
              value.endsWith("Inf")
                  ? (value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY)
                  : Double.parseDouble(value)));
    }
    return samples;
  }

  private static Map<String, String> labels(String text, String line) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher label = LABEL.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (!label.find(at) || label.start() != at) {
        throw new IllegalArgumentException("bad labels in: " + line);
      }
      if (labels.put(label.group(1), label.group(2)) != null) {
        throw new IllegalArgumentException("repeated label in: " + line);
      }
      at = label.end();
    }
    return labels;
  }

  /**
   * The sum of the samples named {@code name} whose labels include every {@code key="value"} of
   * {@code labels} (given as {@code key, value, key, value...}); 0 when none matches.
   */
  static double value(String scrape, String name, String... labels) {
    if (labels.length % 2 != 0) {
      throw new IllegalArgumentException("labels: key, value pairs expected");
    }
    double sum = 0;
    for (String line : scrape.split("\n")) {
      if (line.startsWith("#") || !line.startsWith(name + "{")) {
        continue;
      }
      int close = line.lastIndexOf('}');
      String tags = line.substring(name.length() + 1, close);
      boolean matches = true;
      for (int i = 0; i < labels.length && matches; i += 2) {
        matches = Arrays.asList(tags.split(",")).contains(labels[i] + "=\"" + labels[i + 1] + "\"");
      }
      if (matches) {
        sum += Double.parseDouble(line.substring(close + 1).trim().split(" ")[0]);
      }
    }
    return sum;
  }
}
