package fr.openfun.mork.app.observability;

import fr.openfun.mork.app.config.ObservabilityConfig;
import fr.openfun.mork.app.logging.PiiMasker;
import io.sentry.Sentry;
import io.sentry.SentryEvent;
import io.sentry.SentryOptions;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;

/**
 * Optional error tracking ({@code MORK_SENTRY_DSN}): events leave with emails and usernames masked
 * in their message and exception values, and without user data, as the original Mork did.
 */
public final class SentrySetup {
  private SentrySetup() {}

  /** Starts Sentry when a DSN is configured; returns whether it did. */
  public static boolean start(ObservabilityConfig config, String release) {
    if (config.sentryDsn().isEmpty()) {
      return false;
    }
    Sentry.init(
        options -> {
          options.setDsn(config.sentryDsn().get().value());
          options.setEnvironment(config.sentryEnvironment());
          options.setRelease(release);
          options.setTracesSampleRate(config.sentryTracesSampleRate());
          options.setSendDefaultPii(false);
          options.setBeforeSend((event, hint) -> scrub(event));
        });
    return true;
  }

  /** Masks personal data in an event; public for the composition root's tests. */
  public static SentryEvent scrub(SentryEvent event) {
    event.setUser(null);
    Message message = event.getMessage();
    if (message != null) {
      message.setFormatted(PiiMasker.mask(message.getFormatted()));
      message.setMessage(PiiMasker.mask(message.getMessage()));
      message.setParams(null);
    }
    if (event.getExceptions() != null) {
      for (SentryException exception : event.getExceptions()) {
        exception.setValue(PiiMasker.mask(exception.getValue()));
      }
    }
    return event;
  }

  static SentryOptions.BeforeSendCallback callback() {
    return (event, hint) -> scrub(event);
  }
}
