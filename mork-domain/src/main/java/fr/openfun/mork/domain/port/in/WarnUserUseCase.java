package fr.openfun.mork.domain.port.in;

import fr.openfun.mork.domain.model.RunReport;
import java.util.Objects;

/**
 * Warns one user named by email and username (they must match the same edX user) if a reminder is
 * due. A dry run sends and records nothing.
 */
public interface WarnUserUseCase {

  RunReport warnUser(Command command);

  record Command(String email, String username, boolean dryRun) {
    public Command {
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(username, "username");
      if (email.isBlank()) {
        throw new IllegalArgumentException("email must not be blank");
      }
    }
  }
}
