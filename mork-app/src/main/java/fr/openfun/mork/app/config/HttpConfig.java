package fr.openfun.mork.app.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The HTTP listener ({@code MORK_HTTP_BIND_ADDRESS}, {@code MORK_API_SERVER_PORT}), the public base
 * URL built from {@code MORK_API_SERVER_PROTOCOL}, {@code _HOST} and {@code _PORT}, and the
 * optional management port ({@code MORK_MANAGEMENT_PORT}: metrics and heartbeats without a key).
 */
public record HttpConfig(
    String bindAddress, int port, String publicUrl, OptionalInt managementPort) {
  public HttpConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(managementPort, "managementPort");
  }
}
