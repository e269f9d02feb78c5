package fr.openfun.mork.domain.policy;

/** The blast-radius guard's answer for one run. */
public sealed interface GuardVerdict {

  /** The run may go on. */
  record Allowed() implements GuardVerdict {}

  /** The run would delete too many users; {@code message} explains, for the task report. */
  record Tripped(long selected, long maxAllowed, long totalUsers, String message)
      implements GuardVerdict {}
}
