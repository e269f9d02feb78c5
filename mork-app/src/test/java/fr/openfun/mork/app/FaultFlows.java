package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** The steps and checks the fault tests share: runs, rounds of reconciliation, ledger checks. */
final class FaultFlows {
  private FaultFlows() {}

  static RunReport warnDryRun(FaultRig rig) {
    return rig.services()
        .warnInactiveUsers()
        .warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(true, OptionalInt.empty(), 0), RunObserver.NONE);
  }

  /** Warns for real, waits out the grace period and records the selection; its edX ids. */
  static List<Long> warnThenSelectForDeletion(FaultRig rig) {
    List<Long> selected = warnThenSelectForDeletion(rig, OptionalInt.empty());
    assertThat(selected).hasSizeGreaterThan(50);
    return selected;
  }

  /** The same, recording at most {@code limit} users. */
  static List<Long> warnThenSelectForDeletion(FaultRig rig, int limit) {
    return warnThenSelectForDeletion(rig, OptionalInt.of(limit));
  }

  private static List<Long> warnThenSelectForDeletion(FaultRig rig, OptionalInt limit) {
    rig.services()
        .warnInactiveUsers()
        .warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(false, OptionalInt.empty(), 0), RunObserver.NONE);
    rig.clock.advance(Duration.ofDays(31));
    RunReport deleted =
        rig.services()
            .deleteInactiveUsers()
            .deleteInactiveUsers(
                new DeleteInactiveUsersUseCase.Command(false, limit, false, List.of()),
                RunObserver.NONE);
    return deleted.selectedEdxUserIds();
  }

  /**
   * Reconciler firings as {@code ReconcileJob} runs them (batches while full, stopping after a
   * batch that failed whole), until a firing claims nothing; how many statuses were claimed.
   */
  static int reconcileUntilIdle(FaultRig rig, ServiceName service, int batchSize) {
    int claimed = 0;
    while (true) {
      int firing = 0;
      for (int batch = 0; batch < 20; batch++) {
        ReconcileServiceUseCase.Result result = rig.reconcile(service, batchSize);
        firing += result.claimed();
        if (result.allFailed() || result.claimed() < batchSize) {
          break;
        }
      }
      if (firing == 0) {
        return claimed;
      }
      claimed += firing;
    }
  }

  /** One reconciler firing, as {@code ReconcileJob} runs it; how many statuses were claimed. */
  static int fire(FaultRig rig, ServiceName service, int batchSize) {
    int claimed = 0;
    for (int batch = 0; batch < 20; batch++) {
      ReconcileServiceUseCase.Result result = rig.reconcile(service, batchSize);
      claimed += result.claimed();
      if (result.allFailed() || result.claimed() < batchSize) {
        return claimed;
      }
    }
    return claimed;
  }

  static List<MorkUser> withStatus(FaultRig rig, ServiceName service, DeletionStatus status) {
    return rig.ledger().stream().filter(u -> status(u, service.value()) == status).toList();
  }

  static DeletionStatus status(MorkUser user, String service) {
    return statusOf(user, service).status();
  }

  static ServiceStatus statusOf(MorkUser user, String service) {
    return user.statusIn(ServiceName.of(service)).orElseThrow();
  }

  /** Retrying: {@code to_delete} with at least {@code attempts} failures, an error and a date. */
  static void assertRetrying(MorkUser user, String service, int attempts) {
    ServiceStatus status = statusOf(user, service);
    assertThat(status.status()).as("status of %s", user.id()).isEqualTo(DeletionStatus.TO_DELETE);
    assertThat(status.attempts()).as("attempts of %s", user.id()).isGreaterThanOrEqualTo(attempts);
    assertThat(status.lastError()).as("last error of %s", user.id()).isPresent();
    assertThat(status.nextAttemptAt()).as("next attempt of %s", user.id()).isPresent();
  }

  static void assertFinal(MorkUser user, String service) {
    assertThat(status(user, service))
        .as("%s status of %s", service, user.id())
        .isIn(DeletionStatus.DELETED, DeletionStatus.PROTECTED);
  }

  /** edX users left in the rig's database (the retired placeholder is not one). */
  static long edxUsers(PrivateMariaDb mariadb, FaultRig rig) {
    try (Connection c = mariadb.connect(rig.edxDatabase());
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery("SELECT COUNT(*) FROM auth_user WHERE username <> 'retired_user'")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Messages received per recipient address. */
  static Map<String, Integer> recipients(GreenMail smtp) {
    Map<String, Integer> counts = new TreeMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      try {
        for (Address to : message.getAllRecipients()) {
          counts.merge(to.toString(), 1, Integer::sum);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return counts;
  }

  static void await(BooleanSupplier condition, Duration timeout) {
    long end = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within " + timeout);
      }
      PrivateServer.sleep(Duration.ofMillis(5));
    }
  }

  /**
   * Waits until the rig's store answers again after a restart. A pooled connection that the crash
   * cut and that was used less than half a second before it is handed out without a validation
   * (HikariCP's bypass window): its first statement fails, the pool drops it, the next borrow opens
   * a fresh one. Mork answers that one request as the store being unavailable (503), as it should;
   * the tests measure what happens once the store is back.
   */
  static void awaitStore(FaultRig rig, Duration timeout) {
    await(
        () -> {
          try {
            rig.ledger();
            return true;
          } catch (StoreUnavailableException e) {
            return false;
          }
        },
        timeout);
  }

  /** The numbers a fault test measured, for docs/reliability.md. */
  static void report(String fault, String format, Object... args) {
    System.out.println("[faults] " + fault + ": " + String.format(format, args));
  }
}
