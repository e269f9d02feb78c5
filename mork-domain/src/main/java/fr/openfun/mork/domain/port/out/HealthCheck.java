package fr.openfun.mork.domain.port.out;

/** A dependency the heartbeat reports on ({@code database}, {@code edx}...). */
public interface HealthCheck {

  String name();

  /** True when the dependency answers now; never throws. */
  boolean healthy();
}
