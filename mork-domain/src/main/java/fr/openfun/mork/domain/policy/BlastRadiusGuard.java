package fr.openfun.mork.domain.policy;

/**
 * Stops a run that would delete more than {@code maxShare} of all edX users (default 1 %), unless
 * forced: a misconfigured period or clock must not wipe a platform.
 */
public record BlastRadiusGuard(double maxShare) {

  public static BlastRadiusGuard defaults() {
    return new BlastRadiusGuard(0.01);
  }

  public BlastRadiusGuard {
    if (!(maxShare > 0 && maxShare <= 1)) {
      throw new IllegalArgumentException(
          "MORK_DELETION_MAX_SHARE: must be a share in (0, 1], was " + maxShare);
    }
  }

  /** The most users one run may delete out of {@code totalUsers}. */
  public long maxAllowed(long totalUsers) {
    return (long) Math.floor(totalUsers * maxShare);
  }

  public GuardVerdict check(long selected, long totalUsers, boolean force) {
    long max = maxAllowed(totalUsers);
    if (force || selected <= max) {
      return new GuardVerdict.Allowed();
    }
    return new GuardVerdict.Tripped(
        selected,
        max,
        totalUsers,
        String.format(
            "blast-radius guard: this run would delete %d of %d edX users, more than the %s%%"
                + " allowed (%d); check the periods and the clock, then force the run if intended",
            selected, totalUsers, maxShare * 100, max));
  }
}
