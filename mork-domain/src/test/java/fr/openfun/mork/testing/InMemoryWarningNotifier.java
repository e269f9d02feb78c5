package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A notifier that keeps what it was asked to send; its answer to warnings can be scripted. */
public final class InMemoryWarningNotifier implements WarningNotifier {
  private final List<WarningNotice> warnings = new CopyOnWriteArrayList<>();
  private final List<DeletionNotice> sentDeletionNotices = new CopyOnWriteArrayList<>();
  private final List<RunReport> digests = new CopyOnWriteArrayList<>();
  private volatile Function<WarningNotice, NotificationOutcome> answer =
      n -> new NotificationOutcome.Sent();

  private volatile boolean sendsNotices = true;

  /** As a notifier whose operator turned deletion notices off: it says so and sends none. */
  public InMemoryWarningNotifier withoutDeletionNotices() {
    this.sendsNotices = false;
    return this;
  }

  @Override
  public boolean sendsDeletionNotices() {
    return sendsNotices;
  }

  public InMemoryWarningNotifier answering(Function<WarningNotice, NotificationOutcome> newAnswer) {
    this.answer = newAnswer;
    return this;
  }

  @Override
  public NotificationOutcome warn(WarningNotice notice) {
    NotificationOutcome outcome = answer.apply(notice);
    if (outcome instanceof NotificationOutcome.Sent) {
      warnings.add(notice);
    }
    return outcome;
  }

  @Override
  public NotificationOutcome notifyDeleted(DeletionNotice notice) {
    if (!sendsNotices) {
      return new NotificationOutcome.Sent();
    }
    sentDeletionNotices.add(notice);
    return new NotificationOutcome.Sent();
  }

  @Override
  public NotificationOutcome sendDigest(RunReport report) {
    digests.add(report);
    return new NotificationOutcome.Sent();
  }

  public List<WarningNotice> warnings() {
    return List.copyOf(warnings);
  }

  public List<DeletionNotice> deletionNotices() {
    return List.copyOf(sentDeletionNotices);
  }

  public List<RunReport> digests() {
    return List.copyOf(digests);
  }
}
