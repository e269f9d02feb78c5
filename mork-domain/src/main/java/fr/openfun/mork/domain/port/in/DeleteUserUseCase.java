package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.RunReport;
import java.util.Objects;

/**
 * Records one user, found by email, for erasure from every configured service, bypassing inactivity
 * and warnings. A dry run records nothing and reports the edX plan's row counts.
 */
public interface DeleteUserUseCase {

  RunReport deleteUser(Command command);

  record Command(String email, DeletionReason reason, boolean dryRun) {
    public Command {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(reason, "reason");
      if (email.isBlank()) {
        throw new IllegalArgumentException("email must not be blank");
      }
    }
  }
}
