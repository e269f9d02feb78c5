package fr.openfun.mork.app.config;

import java.time.Duration;
import java.util.Objects;

/**
 * The operator console under {@code /console}: how long an unused session lives ({@code
 * MORK_CONSOLE_SESSION_IDLE_TIMEOUT}, default 30 minutes) and whether a proxy's {@code
 * X-Forwarded-Proto: https} marks its cookie Secure ({@code MORK_CONSOLE_TRUST_FORWARDED_PROTO}).
 */
public record ConsoleConfig(Duration idleTimeout, boolean trustForwardedProto) {
  public ConsoleConfig {
    Objects.requireNonNull(idleTimeout, "idleTimeout");
  }

  static ConsoleConfig read(Settings s) {
    return new ConsoleConfig(
        s.duration("MORK_CONSOLE_SESSION_IDLE_TIMEOUT", "PT30M"),
        s.bool("MORK_CONSOLE_TRUST_FORWARDED_PROTO", false));
  }
}
