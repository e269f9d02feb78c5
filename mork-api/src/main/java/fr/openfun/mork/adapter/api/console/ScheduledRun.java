package fr.openfun.mork.adapter.api.console;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One scheduled job as the overview lists it: its name, next run, and a note (e.g. paused). */
public record ScheduledRun(String job, Optional<Instant> nextRun, String note) {
  public ScheduledRun {
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(nextRun, "nextRun");
    Objects.requireNonNull(note, "note");
  }
}
