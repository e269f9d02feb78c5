package fr.openfun.mork.app;

import java.util.Arrays;

/** Reads samples out of a Prometheus text scrape, for the fault tests' metric assertions. */
final class PrometheusText {
  private PrometheusText() {}

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
