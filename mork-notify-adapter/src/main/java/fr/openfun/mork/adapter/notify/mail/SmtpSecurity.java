package fr.openfun.mork.adapter.notify.mail;

/** How the SMTP connection is protected. */
public enum SmtpSecurity {
  /** Plain text (local relays, tests). */
  NONE,
  /** Plain connection upgraded with STARTTLS, which is required: no fallback to clear text. */
  STARTTLS,
  /** TLS from the first byte (SMTPS, usually port 465). */
  IMPLICIT_TLS
}
