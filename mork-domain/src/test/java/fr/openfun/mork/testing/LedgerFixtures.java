package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.NewLedgerEntry;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.TreeSet;
import java.util.UUID;

/** Builders of ledger entries with safe defaults. */
public final class LedgerFixtures {
  public static final ServiceName JOANIE = ServiceName.of("joanie");
  public static final ServiceName ASHLEY = ServiceName.of("ashley");

  private LedgerFixtures() {}

  public static UUID anyLedgerId() {
    return UUID.randomUUID();
  }

  /** The default configured services: edx, sarbacane, joanie, ashley. */
  public static TreeSet<ServiceName> defaultServices() {
    return new TreeSet<>(java.util.List.of(ServiceName.EDX, ServiceName.SARBACANE, JOANIE, ASHLEY));
  }

  public static NewLedgerEntry aLedgerEntry() {
    long id = EdxUserFixtures.anyEdxUserId();
    return new NewLedgerEntry(
        id,
        "learner" + id,
        "learner" + id + "@example.org",
        DeletionReason.GDPR,
        defaultServices());
  }

  public static NewLedgerEntry aLedgerEntry(long edxUserId, String username, String email) {
    return new NewLedgerEntry(edxUserId, username, email, DeletionReason.GDPR, defaultServices());
  }
}
