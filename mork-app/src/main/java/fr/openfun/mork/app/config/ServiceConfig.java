package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.model.ServiceName;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured service ({@code MORK_SERVICES}) and how Mork erases users there: a built-in eraser
 * ({@code edx}, {@code sarbacane}), a signed webhook ({@code MORK_WEBHOOK_<SERVICE>_URL} and {@code
 * _SECRET}), or nothing (the service pulls the ledger and PATCHes its statuses). A webhook's events
 * of one batch are sent {@code webhookConcurrency} at a time ({@code _CONCURRENCY}).
 */
public record ServiceConfig(
    ServiceName name,
    Mode mode,
    Optional<URI> webhookUrl,
    Optional<Secret> webhookSecret,
    int webhookConcurrency) {

  /** How a service's statuses move. */
  public enum Mode {
    BUILT_IN,
    WEBHOOK,
    PULL
  }

  public ServiceConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(webhookUrl, "webhookUrl");
    Objects.requireNonNull(webhookSecret, "webhookSecret");
    if (webhookConcurrency < 1) {
      throw new IllegalArgumentException("webhookConcurrency must be at least 1");
    }
  }
}
