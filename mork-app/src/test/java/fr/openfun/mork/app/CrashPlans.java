package fr.openfun.mork.app;

import fr.openfun.mork.app.KillDriver.Planned;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where the crash suite kills, drawn from a seeded {@link Random}: the phases in an order each run
 * goes through them, and how far into each (users, pages, requests or messages past the moment the
 * kill point is armed), scaled to the number of users.
 */
final class CrashPlans {
  private static final List<CrashPhase> EDX_PHASES =
      List.of(CrashPhase.EDX_TRANSACTION, CrashPhase.MAIL);
  private static final List<CrashPhase> SARBACANE_PHASES =
      List.of(CrashPhase.BETWEEN_EDX_AND_SARBACANE, CrashPhase.RECONCILER_BATCH);

  private CrashPlans() {}

  /** Warn run: scans between pages and mail sending, alternating. */
  static List<Planned> warn(Random random, int kills, int users) {
    List<Planned> plan = new ArrayList<>();
    for (int i = 0; i < kills; i++) {
      plan.add(
          i % 5 == 0 || i % 5 == 3
              ? new Planned(CrashPhase.SCAN, 1 + random.nextInt(2))
              : new Planned(CrashPhase.MAIL, 1 + random.nextInt(users / 12)));
    }
    return plan;
  }

  /**
   * Delete run: its selection first (and, with ten kills or more, its recording), then the edX
   * reconciler's phases while edX still has users due, then the Sarbacane ones, which lag behind.
   */
  static List<Planned> delete(Random random, int kills, int users) {
    List<Planned> plan = new ArrayList<>();
    plan.add(new Planned(CrashPhase.SCAN, 0));
    if (kills >= 10) {
      plan.add(new Planned(CrashPhase.SCAN, 1 + random.nextInt(users / 4)));
    }
    int edxKills = (kills - plan.size() + 1) / 2;
    for (int i = 0; plan.size() < kills; i++) {
      CrashPhase phase = i < edxKills ? EDX_PHASES.get(i % 2) : SARBACANE_PHASES.get(i % 2);
      long offset =
          switch (phase) {
            case EDX_TRANSACTION -> random.nextInt(users / 10);
            case MAIL -> 1 + random.nextInt(users / 10);
            case BETWEEN_EDX_AND_SARBACANE -> 1 + random.nextInt(3 * users / 10);
            case RECONCILER_BATCH, SCAN -> random.nextInt(users / 20);
          };
      plan.add(new Planned(phase, offset));
    }
    return plan;
  }
}
