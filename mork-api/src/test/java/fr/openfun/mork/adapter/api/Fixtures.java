package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Test values shared by the API tests. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2024-03-01T10:15:30Z");
  static final UUID USER_ID = UUID.fromString("8b0e3f5c-2d1a-4c3e-9f6a-1b2c3d4e5f60");

  private Fixtures() {}

  static MorkUser aUser() {
    return aUser(USER_ID, DeletionStatus.TO_DELETE);
  }

  static MorkUser aUser(UUID id, DeletionStatus ashley) {
    return new MorkUser(
        id,
        "johndoe",
        4211,
        "johndoe@example.com",
        DeletionReason.GDPR,
        NOW,
        Instant.parse("2024-03-02T08:00:00.123456789Z"),
        List.of(
            status("sarbacane", DeletionStatus.TO_DELETE),
            status("edx", DeletionStatus.DELETED),
            status("ashley", ashley)));
  }

  /** A user whose edX erasure has not happened yet: pull services must not see it. */
  static MorkUser aUserEdxHasNotErased() {
    return aUserEdxHasNotErased(USER_ID);
  }

  static MorkUser aUserEdxHasNotErased(UUID id) {
    MorkUser user = aUser();
    return new MorkUser(
        id,
        user.username(),
        user.edxUserId(),
        user.email(),
        user.reason(),
        user.createdAt(),
        user.updatedAt(),
        List.of(
            status("sarbacane", DeletionStatus.TO_DELETE),
            status("edx", DeletionStatus.TO_DELETE),
            status("ashley", DeletionStatus.TO_DELETE)));
  }

  static ServiceStatus status(String service, DeletionStatus status) {
    return new ServiceStatus(
        ServiceName.of(service), status, 0, Optional.empty(), Optional.empty(), NOW);
  }
}
