package fr.openfun.mork.app;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.port.out.StagedWarning;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts emails sent and failed ({@code mork_emails_total{kind,outcome}}) around a notifier. */
final class MeteredNotifier implements WarningNotifier {
  private final WarningNotifier delegate;
  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>(); // one lookup per series

  MeteredNotifier(WarningNotifier delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public NotificationOutcome warn(WarningNotice notice) {
    return counted("warning", delegate.warn(notice));
  }

  /** Counts the staged warning when it is delivered; an abandoned one was not sent. */
  @Override
  public StagedWarning stage(WarningNotice notice) {
    StagedWarning staged = delegate.stage(notice);
    return new StagedWarning() {
      @Override
      public NotificationOutcome deliver() {
        return counted("warning", staged.deliver());
      }

      @Override
      public void abandon() {
        staged.abandon();
      }
    };
  }

  @Override
  public boolean sendsDeletionNotices() {
    return delegate.sendsDeletionNotices();
  }

  @Override
  public NotificationOutcome notifyDeleted(DeletionNotice notice) {
    return counted("deletion_notice", delegate.notifyDeleted(notice));
  }

  @Override
  public NotificationOutcome sendDigest(RunReport report) {
    return counted("digest", delegate.sendDigest(report));
  }

  private NotificationOutcome counted(String kind, NotificationOutcome outcome) {
    String name =
        switch (outcome) {
          case NotificationOutcome.Sent s -> "sent";
          case NotificationOutcome.Failed f -> "failed_" + f.kind().name().toLowerCase();
        };
    counters
        .computeIfAbsent(
            kind + "/" + name,
            key -> registry.counter("mork.emails", "kind", kind, "outcome", name))
        .increment();
    return outcome;
  }
}
