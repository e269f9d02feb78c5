package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * The HTTP listener ({@code MORK_HTTP_BIND_ADDRESS}, {@code MORK_API_SERVER_PORT}) and the public
 * base URL built from {@code MORK_API_SERVER_PROTOCOL}, {@code _HOST} and {@code _PORT}.
 */
public record HttpConfig(String bindAddress, int port, String publicUrl) {
  public HttpConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(publicUrl, "publicUrl");
  }
}
