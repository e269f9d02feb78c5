package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.EdxUser;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reads edX users ({@code auth_user}). Read-only; failures of the database surface as {@link
 * DirectoryUnavailableException}.
 */
public interface EdxUserDirectory {

  /**
   * One keyset page of users inactive at or before {@code cutoff} (last login, or date joined when
   * they never logged in), with {@code id > afterId}, in ascending id order, at most {@code limit}.
   * An empty or short page means the scan is over.
   */
  List<EdxUser> findInactive(Instant cutoff, long afterId, int limit);

  /** How many users {@link #findInactive} would return in all, for reports. */
  long countInactive(Instant cutoff);

  /** How many users edX has in all, for the blast-radius guard. */
  long countUsers();

  /** The user with this email (case-insensitive, as edX compares them). */
  Optional<EdxUser> findByEmail(String email);

  Optional<EdxUser> findById(long id);

  /** The users among {@code ids} that exist, in ascending id order. */
  List<EdxUser> findByIds(Collection<Long> ids);
}
