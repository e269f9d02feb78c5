package fr.openfun.mork.app.observability;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The Prometheus registry behind {@code /metrics}, with JVM and process meters and a common {@code
 * application} tag; adapters add their own meters to it.
 */
public final class Metrics {
  private Metrics() {}

  /** A new registry; close it (GC metrics hold a listener) when the node stops. */
  public static PrometheusMeterRegistry prometheus(String node) {
    return bindJvm(registry(node));
  }

  /**
   * A new registry without the JVM and process meters yet: a node opens its listener first and
   * {@link #bindJvm binds} them after (they read a dozen MXBeans, a noticeable part of start-up).
   */
  public static PrometheusMeterRegistry registry(String node) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    registry.config().commonTags("application", "mork", "node", node);
    return registry;
  }

  /** Adds the JVM and process meters to {@code registry}; returns it. */
  public static PrometheusMeterRegistry bindJvm(PrometheusMeterRegistry registry) {
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    return registry;
  }
}
