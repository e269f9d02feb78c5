package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes one user's status in one service, audited with the actor. Empty when the user or the
 * status does not exist; an illegal transition throws {@link
 * fr.openfun.mork.domain.model.IllegalStatusTransitionException}.
 */
public interface UpdateStatusUseCase {

  /** Sets the status, as a pull service reports its progress ({@code PATCH}). */
  Optional<ServiceStatus> update(Command command);

  /** Makes a status due again at once, attempts reset (re-opens a final one). */
  Optional<ServiceStatus> retry(UUID userId, ServiceName service, Actor actor);

  /** Marks a status {@code deleted} without erasing, for a stated reason. */
  Optional<ServiceStatus> skip(UUID userId, ServiceName service, String reason, Actor actor);

  record Command(UUID userId, ServiceName service, DeletionStatus status, Actor actor) {
    public Command {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(service, "service");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(actor, "actor");
    }
  }
}
