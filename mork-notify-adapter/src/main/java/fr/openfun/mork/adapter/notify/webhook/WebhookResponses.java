package fr.openfun.mork.adapter.notify.webhook;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/** Classifies webhook answers: which to retry, and what each finally means for the ledger. */
final class WebhookResponses {

  private WebhookResponses() {}

  /** One try: an HTTP status, or a network failure ({@code status} 0) described by type only. */
  record Attempt(int status, String failure, boolean retryable) {

    static Attempt status(int status) {
      boolean retryable = status >= 500 || status == 408 || status == 429;
      return new Attempt(status, "", retryable);
    }

    static Attempt network(Exception e) {
      String what = e instanceof HttpTimeoutException ? "timeout" : e.getClass().getSimpleName();
      return new Attempt(0, what, true);
    }

    static Attempt interrupted() {
      return new Attempt(0, "interrupted", false);
    }

    String summary() {
      return status == 0 ? failure : "HTTP " + status;
    }
  }

  static ErasureOutcome outcome(Attempt last, boolean confirmOn2xx) {
    if (last.status() >= 200 && last.status() < 300) {
      return confirmOn2xx
          ? new ErasureOutcome.Erased(Map.of())
          : new ErasureOutcome.Accepted("webhook answered HTTP " + last.status());
    }
    if (last.status() == 0) {
      return new ErasureOutcome.Failed(FailureKind.TRANSIENT, "webhook " + last.failure());
    }
    return new ErasureOutcome.Failed(kindOf(last.status()), "webhook answered " + last.summary());
  }

  /** 3xx is never followed: a moved endpoint is a configuration problem, like a rejected key. */
  static FailureKind kindOf(int status) {
    if (status >= 500 || status == 408 || status == 429) {
      return FailureKind.TRANSIENT;
    }
    if (status == 401 || status == 403 || (status >= 300 && status < 400)) {
      return FailureKind.SERVICE_REJECTED;
    }
    return FailureKind.PERMANENT;
  }
}
