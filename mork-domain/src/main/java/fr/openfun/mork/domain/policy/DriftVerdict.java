package fr.openfun.mork.domain.policy;

/** Whether the edX plan may be used for destructive erasure. */
public sealed interface DriftVerdict {

  /** The plan's fingerprint is the acknowledged one. */
  record Allowed() implements DriftVerdict {}

  /** No plan was ever acknowledged and this one is complete: record it as the baseline. */
  record Baseline(String fingerprint) implements DriftVerdict {}

  /** The schema changed or has unpoliced user columns: destructive erasure waits. */
  record Blocked(String reason) implements DriftVerdict {}
}
