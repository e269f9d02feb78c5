package fr.openfun.mork.domain.model;

import java.util.Objects;

/**
 * Who caused a change, for the audit trail: an API key's name, a service, a job or the CLI. Never
 * an email address.
 */
public record Actor(String name) {
  public static final Actor SYSTEM = new Actor("system");

  public Actor {
    Objects.requireNonNull(name, "name");
    if (name.isBlank() || name.contains("@")) {
      throw new IllegalArgumentException("actor name must be non-blank and hold no email");
    }
  }

  public static Actor of(String name) {
    return new Actor(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
