package fr.openfun.mork.app.config;

import java.util.Objects;

/**
 * One variable as Mork resolved it: its effective value (already masked when secret) and where it
 * came from ({@code environment}, the configuration file, or {@code default}).
 */
public record ConfigEntry(String name, String shownValue, String origin) {

  public ConfigEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shownValue, "shownValue");
    Objects.requireNonNull(origin, "origin");
  }
}
