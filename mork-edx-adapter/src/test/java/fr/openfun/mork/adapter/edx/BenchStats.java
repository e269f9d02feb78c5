package fr.openfun.mork.adapter.edx;

import java.util.ArrayList;
import java.util.List;

/** Samples of one benchmark measure: median and spread (min–max), for docs/performance.md. */
final class BenchStats {
  private final List<Double> samples = new ArrayList<>();

  void add(double sample) {
    samples.add(sample);
  }

  double median() {
    List<Double> sorted = samples.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  double min() {
    return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double max() {
    return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** {@code median (min–max)} with the given format for each number. */
  String format(String number) {
    return String.format(number + " (" + number + "–" + number + ")", median(), min(), max());
  }
}
