package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Translates Jakarta Mail exceptions into failure kinds. Reasons carry reply codes and exception
 * types only: server texts often quote the recipient's address, which must not spread.
 */
final class MailFailures {

  private MailFailures() {}

  static NotificationOutcome.Failed classify(Exception failure) {
    if (failure instanceof AuthenticationFailedException) {
      return failed(FailureKind.SERVICE_REJECTED, "SMTP authentication failed");
    }
    if (failure instanceof AddressException) {
      return failed(FailureKind.PERMANENT, "invalid email address");
    }
    Integer code = replyCode(failure);
    if (code != null) {
      return byReplyCode(code);
    }
    if (causedBy(failure, SSLException.class)) {
      return failed(FailureKind.SERVICE_REJECTED, "TLS handshake with the SMTP server failed");
    }
    String message = String.valueOf(failure.getMessage());
    if (message.contains("STARTTLS")) {
      return failed(FailureKind.SERVICE_REJECTED, "SMTP server does not offer required STARTTLS");
    }
    if (causedBy(failure, SocketTimeoutException.class)) {
      return failed(FailureKind.TRANSIENT, "SMTP server timed out");
    }
    if (causedBy(failure, IOException.class)) {
      return failed(FailureKind.TRANSIENT, "SMTP connection failed: " + rootType(failure));
    }
    return failed(FailureKind.TRANSIENT, "mail delivery failed: " + rootType(failure));
  }

  /**
   * Whether the server had dropped the connection: no reply at all ({@code -1}, end of stream), a
   * {@code 421} closing reply, or an I/O error other than a timeout, with no reply code.
   */
  static boolean isConnectionLost(Exception failure) {
    Integer code = replyCode(failure);
    if (code != null) {
      return code < 0 || code == 421;
    }
    return !(failure instanceof AuthenticationFailedException)
        && !causedBy(failure, SSLException.class)
        && !causedBy(failure, SocketTimeoutException.class)
        && causedBy(failure, IOException.class);
  }

  static boolean isTransient(Exception failure) {
    return classify(failure).kind() == FailureKind.TRANSIENT;
  }

  private static NotificationOutcome.Failed byReplyCode(int code) {
    if (code < 0) {
      return failed(FailureKind.TRANSIENT, "SMTP connection closed by the server");
    }
    if (code == 530 || code == 535 || code == 534) {
      return failed(FailureKind.SERVICE_REJECTED, "SMTP " + code + " (authentication)");
    }
    if (code >= 400 && code < 500) {
      return failed(FailureKind.TRANSIENT, "SMTP " + code + " (temporary failure)");
    }
    return failed(FailureKind.PERMANENT, "SMTP " + code + " (rejected)");
  }

  /** The SMTP reply code carried by the exception or by one it chains to, if any. */
  private static Integer replyCode(Exception failure) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (t instanceof SMTPAddressFailedException e) {
        return e.getReturnCode();
      }
      if (t instanceof SMTPSendFailedException e) {
        return e.getReturnCode();
      }
    }
    return null;
  }

  private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = next(t)) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable t) {
    if (t instanceof MessagingException m && m.getNextException() != null) {
      return m.getNextException();
    }
    return t.getCause() == t ? null : t.getCause();
  }

  private static String rootType(Throwable failure) {
    Throwable root = failure;
    while (next(root) != null) {
      root = next(root);
    }
    return root.getClass().getSimpleName();
  }

  private static NotificationOutcome.Failed failed(FailureKind kind, String reason) {
    return new NotificationOutcome.Failed(kind, reason);
  }
}
