package fr.openfun.mork.domain.policy;

import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.Warning;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is inactive, when they are warned and when they may be deleted. Every rule is a pure function
 * of the user, their warnings and {@code now} (read by callers from an injected clock).
 *
 * <p>A user is deleted only when inactive for {@code deletionPeriod} and, if {@code
 * warningRequired}, the first warning was sent at least {@code gracePeriod} ago: the deletion date
 * is {@code max(inactive since + deletion period, first warning + grace period)}. Reminders go out
 * {@code reminderOffsets} before that date (the largest first).
 */
public record InactivityPolicy(
    Period deletionPeriod,
    List<Period> reminderOffsets,
    Period gracePeriod,
    boolean warningRequired,
    Exclusions exclusions) {

  /** The defaults: delete after five years, one reminder 30 days before, 30 days of grace. */
  public static InactivityPolicy defaults() {
    return new InactivityPolicy(
        Period.ofYears(5),
        List.of(Period.ofDays(30)),
        Period.ofDays(30),
        true,
        Exclusions.defaults());
  }

  public InactivityPolicy {
    Objects.requireNonNull(exclusions, "exclusions");
    Periods.requirePositive("MORK_DELETION_PERIOD", deletionPeriod);
    Periods.requirePositive("MORK_GRACE_PERIOD", gracePeriod);
    if (reminderOffsets.isEmpty()) {
      throw new IllegalArgumentException("MORK_WARNING_REMINDERS: at least one reminder is needed");
    }
    reminderOffsets =
        reminderOffsets.stream()
            .sorted(Comparator.comparingDouble(Periods::approximateDays).reversed())
            .toList();
    for (Period offset : reminderOffsets) {
      Periods.requirePositive("MORK_WARNING_REMINDERS", offset);
      if (Periods.approximateDays(offset) >= Periods.approximateDays(deletionPeriod)) {
        throw new IllegalArgumentException(
            "MORK_WARNING_REMINDERS: reminder "
                + offset
                + " must be shorter than the deletion"
                + " period "
                + deletionPeriod);
      }
    }
    if (reminderOffsets.stream().distinct().count() != reminderOffsets.size()) {
      throw new IllegalArgumentException("MORK_WARNING_REMINDERS: reminders must be distinct");
    }
  }

  /** The last login, or the date the account was created if the user never logged in. */
  public Instant inactiveSince(EdxUser user) {
    return user.lastLogin().orElse(user.dateJoined());
  }

  /** When the user becomes deletable by inactivity alone. */
  public Instant inactivityDeadline(EdxUser user) {
    return Periods.plus(inactiveSince(user), deletionPeriod);
  }

  /** Warnings that still count: those of this user sent at or after their latest activity. */
  public List<Warning> currentWarnings(EdxUser user, Collection<Warning> warnings) {
    Instant since = inactiveSince(user);
    return warnings.stream()
        .filter(w -> w.edxUserId() == user.id() && !w.sentAt().isBefore(since))
        .sorted(Comparator.comparing(Warning::sentAt))
        .toList();
  }

  /** The deletion date once the user was warned (or without warning, if none is required). */
  public Optional<Instant> deletionDate(EdxUser user, Collection<Warning> warnings) {
    Instant deadline = inactivityDeadline(user);
    if (!warningRequired) {
      return Optional.of(deadline);
    }
    return currentWarnings(user, warnings).stream()
        .findFirst()
        .map(first -> latest(deadline, Periods.plus(first.sentAt(), gracePeriod)));
  }

  /** The earliest {@code inactive since} of users who may be due a first warning at {@code now}. */
  public Instant warningScanCutoff(Instant now) {
    return Periods.minus(Periods.plus(now, reminderOffsets.get(0)), deletionPeriod)
        .plus(Duration.ofDays(1));
  }

  /** A cutoff a day wide of the exact one, so leap days never hide a deletable user. */
  public Instant deletionScanCutoff(Instant now) {
    return Periods.minus(now, deletionPeriod).plus(Duration.ofDays(1));
  }

  /** Which reminder, if any, the user is due at {@code now}. */
  public WarningDecision decideWarning(EdxUser user, Collection<Warning> warnings, Instant now) {
    Optional<String> excluded = exclusions.reasonToExclude(user);
    if (excluded.isPresent()) {
      return new WarningDecision.Excluded(excluded.get());
    }
    List<Warning> current = currentWarnings(user, warnings);
    Instant deadline = inactivityDeadline(user);
    if (current.isEmpty()) {
      if (now.isBefore(Periods.minus(deadline, reminderOffsets.get(0)))) {
        return new WarningDecision.NothingDue("not inactive long enough");
      }
      Instant date = warningRequired ? latest(deadline, Periods.plus(now, gracePeriod)) : deadline;
      return new WarningDecision.Warn(1, date);
    }
    Instant date = deletionDate(user, current).orElse(deadline);
    int lastSent = current.stream().mapToInt(Warning::reminder).max().orElse(0);
    for (int k = reminderOffsets.size(); k > lastSent; k--) {
      if (!now.isBefore(Periods.minus(date, reminderOffsets.get(k - 1))) && now.isBefore(date)) {
        return new WarningDecision.Warn(k, date);
      }
    }
    return new WarningDecision.NothingDue("reminder " + lastSent + " already sent");
  }

  /** Whether the user may be deleted for inactivity at {@code now}. */
  public DeletionDecision decideDeletion(EdxUser user, Collection<Warning> warnings, Instant now) {
    Optional<String> excluded = exclusions.reasonToExclude(user);
    if (excluded.isPresent()) {
      return new DeletionDecision.Excluded(excluded.get());
    }
    Instant deadline = inactivityDeadline(user);
    if (now.isBefore(deadline)) {
      return new DeletionDecision.NotYet(
          Optional.of(deadline), "inactive for less than " + deletionPeriod);
    }
    Optional<Instant> date = deletionDate(user, warnings);
    if (date.isEmpty()) {
      return new DeletionDecision.NotYet(Optional.empty(), "not warned yet");
    }
    if (now.isBefore(date.get())) {
      return new DeletionDecision.NotYet(date, "grace period after the first warning not over");
    }
    return new DeletionDecision.Delete(date.get());
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
