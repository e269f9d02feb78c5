package fr.openfun.mork.domain.model;

/** How an erasure or a notification failed, which decides what happens next. */
public enum FailureKind {
  /** A passing fault (timeout, outage, lock): retry with back-off. */
  TRANSIENT,
  /** This user cannot be processed as things are: retry only at the long interval. */
  PERMANENT,
  /** The service rejects Mork itself (credentials, account): stop for every user and alert. */
  SERVICE_REJECTED
}
