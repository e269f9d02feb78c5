package fr.openfun.mork.app;

/** Where the crash suite kills a worker; each is observed from outside, never planted in Mork. */
enum CrashPhase {
  /**
   * The run's task is executing: scanning edX (a warn run between two pages; a delete run selecting
   * or recording its users). Seen in the store's task row and Quartz's fired triggers.
   */
  SCAN("scan"),
  /**
   * An edX erasure batch's transaction is open with writes done, one of its statements running:
   * {@code information_schema.processlist} (held open by {@link EdxLockHold}).
   */
  EDX_TRANSACTION("edx-transaction"),
  /** Users erased from edX whose Sarbacane DELETEs are not all sent: ledger and stub journal. */
  BETWEEN_EDX_AND_SARBACANE("between-edx-and-sarbacane"),
  /** Warnings or deletion notices being sent: the SMTP server's received count. */
  MAIL("mail"),
  /** A Sarbacane reconciler batch is claimed and in flight: statuses {@code deleting}. */
  RECONCILER_BATCH("reconciler-batch");

  private final String label;

  CrashPhase(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
