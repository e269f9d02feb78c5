package fr.openfun.mork.adapter.scheduler;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.quartz.CronExpression;

/**
 * The periodic warn and delete runs ({@code MORK_WARNING_CRON}, {@code MORK_DELETION_CRON}): Quartz
 * cron expressions (seconds first) read in {@code zone}; absent means off (the default). {@code
 * dryRun} applies to the tasks they submit.
 */
public record CronSettings(
    Optional<String> warningCron, Optional<String> deletionCron, ZoneId zone, boolean dryRun) {

  public static final CronSettings OFF =
      new CronSettings(Optional.empty(), Optional.empty(), ZoneId.of("UTC"), true);

  public CronSettings {
    Objects.requireNonNull(zone, "zone");
    check("MORK_WARNING_CRON", warningCron);
    check("MORK_DELETION_CRON", deletionCron);
  }

  private static void check(String name, Optional<String> cron) {
    Objects.requireNonNull(cron, name);
    cron.filter(c -> !CronExpression.isValidExpression(c))
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  name
                      + ": '"
                      + c
                      + "' is not a Quartz cron expression"
                      + " (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 3 * * ?')");
            });
  }
}
