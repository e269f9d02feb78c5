package fr.openfun.mork.app;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Drives one run through its kill points: arms each in turn, polls until its phase is seen, {@code
 * kill -9}s the worker running that work (a seeded pick when no node in particular runs it), then
 * starts a fresh worker so that the cluster keeps two.
 */
final class KillDriver {
  /** A kill point: the phase, and how far into it (users, pages, requests or messages). */
  record Planned(CrashPhase phase, long offset) {}

  /** A kill that happened. */
  record Kill(String mode, CrashPhase phase, String worker, String what, double atSeconds) {}

  private final MorkCluster cluster;
  private final PhaseWatch watch;
  private final StoreProbe store;
  private final Random random;
  private final Duration phaseTimeout;
  private final long start;

  KillDriver(
      MorkCluster cluster,
      PhaseWatch watch,
      StoreProbe store,
      Random random,
      Duration phaseTimeout,
      long start) {
    this.cluster = cluster;
    this.start = start;
    this.store = store;
    this.watch = watch;
    this.random = random;
    this.phaseTimeout = phaseTimeout;
  }

  List<Kill> run(String mode, UUID task, boolean warnRun, List<Planned> plan)
      throws SQLException, IOException, InterruptedException {
    List<Kill> kills = new ArrayList<>();
    for (Planned planned : plan) {
      try (PhaseWatch.Watch armed = watch.arm(planned.phase(), task, warnRun, planned.offset())) {
        long deadline = System.nanoTime() + phaseTimeout.toNanos();
        long report = System.nanoTime() + 15_000_000_000L;
        Optional<MorkCluster.Node> victim = Optional.empty();
        String what = "";
        while (victim.isEmpty()) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                mode
                    + ": phase "
                    + planned
                    + " not seen within "
                    + phaseTimeout
                    + " (kills so far: "
                    + kills
                    + ")");
          }
          Optional<PhaseWatch.Sighting> seen = armed.look();
          if (seen.isPresent()) {
            victim = victimOf(seen.get().instances());
            what = seen.get().what();
          } else {
            MorkCluster.pause(5);
          }
          if (System.nanoTime() > report) {
            report += 15_000_000_000L;
            System.out.printf(
                "[crash] +%.1fs still waiting for %s:%s%n",
                seconds(), planned, store.quartzState());
          }
        }
        cluster.kill(victim.get());
        if (planned.phase() == CrashPhase.EDX_TRANSACTION) {
          what += ", " + watch.rolledBack(armed);
        }
        kills.add(new Kill(mode, planned.phase(), victim.get().name(), what, seconds()));
      }
      Kill kill = kills.get(kills.size() - 1);
      System.out.printf(
          "[crash] +%.1fs kill -9 %s during %s/%s (offset %d): %s%n",
          kill.atSeconds(),
          kill.worker(),
          mode,
          planned.phase().label(),
          planned.offset(),
          kill.what());
      MorkCluster.Node fresh = cluster.startWorker();
      System.out.printf("[crash] +%.1fs %s started%n", seconds(), fresh.name());
    }
    return kills;
  }

  /**
   * The live worker among {@code instances}; a seeded pick among the live workers when no instance
   * is named; none when only dead nodes are named (the cluster has not recovered yet).
   */
  private Optional<MorkCluster.Node> victimOf(List<String> instances) {
    List<MorkCluster.Node> live = cluster.workers();
    if (instances.isEmpty()) {
      return Optional.of(live.get(random.nextInt(live.size())));
    }
    return live.stream().filter(n -> instances.contains(n.instance())).findFirst();
  }

  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }
}
