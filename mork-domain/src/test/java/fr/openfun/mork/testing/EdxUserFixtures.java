package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.EdxUser;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Builders of edX users with safe defaults: active, not privileged, logged in recently. */
public final class EdxUserFixtures {
  private static final AtomicLong IDS = new AtomicLong(1000);

  private EdxUserFixtures() {}

  public static long anyEdxUserId() {
    return IDS.incrementAndGet();
  }

  public static Builder anEdxUser() {
    return new Builder(anyEdxUserId());
  }

  /** A mutable builder; each {@code with} returns the builder. */
  public static final class Builder {
    private long id;
    private String username;
    private String email;
    private Optional<Instant> lastLogin = Optional.of(Instant.parse("2025-12-01T09:00:00Z"));
    private Instant dateJoined = Instant.parse("2015-03-01T12:00:00Z");
    private boolean active = true;
    private boolean staff;
    private boolean superuser;

    private Builder(long id) {
      withId(id);
    }

    public Builder withId(long newId) {
      this.id = newId;
      this.username = "learner" + newId;
      this.email = "learner" + newId + "@example.org";
      return this;
    }

    public Builder withUsername(String value) {
      this.username = value;
      return this;
    }

    public Builder withEmail(String value) {
      this.email = value;
      return this;
    }

    public Builder withLastLogin(Instant value) {
      this.lastLogin = Optional.of(value);
      return this;
    }

    public Builder neverLoggedIn() {
      this.lastLogin = Optional.empty();
      return this;
    }

    public Builder withDateJoined(Instant value) {
      this.dateJoined = value;
      return this;
    }

    public Builder inactive() {
      this.active = false;
      return this;
    }

    public Builder staff() {
      this.staff = true;
      return this;
    }

    public Builder superuser() {
      this.superuser = true;
      return this;
    }

    public EdxUser build() {
      return new EdxUser(id, username, email, lastLogin, dateJoined, active, staff, superuser);
    }
  }
}
