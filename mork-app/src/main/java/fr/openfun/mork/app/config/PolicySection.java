package fr.openfun.mork.app.config;

import fr.openfun.mork.domain.policy.BlastRadiusGuard;
import fr.openfun.mork.domain.policy.Exclusions;
import fr.openfun.mork.domain.policy.InactivityPolicy;
import fr.openfun.mork.domain.policy.Periods;
import fr.openfun.mork.domain.policy.RetryBackoff;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the periods, reminders, exclusions, blast-radius share and retry back-off. */
final class PolicySection {
  private PolicySection() {}

  static PolicyConfig read(Settings s, boolean demoEdx) {
    Period deletion = s.period("MORK_DELETION_PERIOD", "P5Y");
    List<Period> reminders = reminders(s, deletion);
    Period grace = s.period("MORK_GRACE_PERIOD", "P30D");
    boolean warningRequired = s.bool("MORK_WARNING_REQUIRED", true);
    Exclusions exclusions =
        new Exclusions(
            s.bool("MORK_EXCLUDE_PRIVILEGED", true),
            Set.copyOf(s.list("MORK_EXCLUDED_USERNAMES")),
            Set.copyOf(s.list("MORK_EXCLUDED_EMAILS")),
            edxIds(s));
    double share = s.decimal("MORK_DELETION_MAX_SHARE", demoEdx ? 0.5 : 0.01, 0.0001, 1.0);
    RetryBackoff retry =
        new RetryBackoff(
            s.duration("MORK_RETRY_INITIAL_DELAY", "PT1M"),
            2.0,
            s.duration("MORK_RETRY_MAX_DELAY", "PT1H"),
            s.integer("MORK_DELETE_MAX_RETRIES", 3, 0, 100),
            s.duration("MORK_RETRY_LONG_INTERVAL", "P1D"));
    InactivityPolicy policy = InactivityPolicy.defaults();
    try {
      policy = new InactivityPolicy(deletion, reminders, grace, warningRequired, exclusions);
    } catch (IllegalArgumentException e) {
      s.problem(e.getMessage());
    }
    try {
      return new PolicyConfig(policy, new BlastRadiusGuard(share), retry);
    } catch (IllegalArgumentException e) {
      s.problem(e.getMessage());
      return new PolicyConfig(policy, BlastRadiusGuard.defaults(), RetryBackoff.defaults());
    }
  }

  /**
   * {@code MORK_WARNING_REMINDERS} (periods before the deletion date), or else one reminder derived
   * from the original {@code MORK_WARNING_PERIOD} (inactivity before the first warning).
   */
  private static List<Period> reminders(Settings s, Period deletion) {
    List<String> configured = s.list("MORK_WARNING_REMINDERS");
    Optional<String> warningPeriod = s.optional("MORK_WARNING_PERIOD");
    if (!configured.isEmpty()) {
      warningPeriod.ifPresent(
          w -> s.warning("MORK_WARNING_PERIOD is ignored: MORK_WARNING_REMINDERS is set"));
      List<Period> periods = new ArrayList<>();
      for (String value : configured) {
        try {
          periods.add(Periods.parsePositive("MORK_WARNING_REMINDERS", value));
        } catch (IllegalArgumentException e) {
          s.problem(e.getMessage());
        }
      }
      return periods.isEmpty() ? List.of(Period.ofDays(30)) : periods;
    }
    if (warningPeriod.isEmpty()) {
      s.rememberDerived("MORK_WARNING_REMINDERS", "P30D");
      return List.of(Period.ofDays(30));
    }
    Period warning;
    try {
      warning = Periods.parsePositive("MORK_WARNING_PERIOD", warningPeriod.get());
    } catch (IllegalArgumentException e) {
      s.problem(e.getMessage());
      return List.of(Period.ofDays(30));
    }
    Period offset = deletion.minus(warning).normalized();
    if (Periods.approximateDays(offset) <= 0 || offset.isNegative()) {
      s.problem(
          "MORK_WARNING_PERIOD: "
              + warning
              + " must be shorter than MORK_DELETION_PERIOD ("
              + deletion
              + "); or set MORK_WARNING_REMINDERS to the periods before deletion, e.g. P30D");
      return List.of(Period.ofDays(30));
    }
    s.rememberDerived("MORK_WARNING_REMINDERS", offset.toString());
    return List.of(offset);
  }

  private static Set<Long> edxIds(Settings s) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String value : s.list("MORK_EXCLUDED_EDX_USER_IDS")) {
      try {
        ids.add(Long.parseLong(value));
      } catch (NumberFormatException e) {
        s.problem(
            "MORK_EXCLUDED_EDX_USER_IDS: '" + value + "' is not a whole number (edX user id)");
      }
    }
    return ids;
  }
}
