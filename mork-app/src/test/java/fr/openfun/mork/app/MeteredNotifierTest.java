package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.testing.EdxUserFixtures;
import fr.openfun.mork.testing.InMemoryWarningNotifier;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeteredNotifierTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void givenTwoStagedWarningsSentAndOneFailed_deliver_countsEachOutcomeInItsSeries() {
    var answers =
        new InMemoryWarningNotifier()
            .answering(
                n ->
                    n.reminder() == 3
                        ? new NotificationOutcome.Failed(FailureKind.TRANSIENT, "450")
                        : new NotificationOutcome.Sent());
    var notifier = new MeteredNotifier(answers, registry);

    for (int reminder = 1; reminder <= 3; reminder++) {
      notifier.stage(notice(reminder)).deliver();
    }

    assertThat(count("sent")).isEqualTo(2.0);
    assertThat(count("failed_transient")).isEqualTo(1.0);
  }

  private double count(String outcome) {
    return registry
        .get("mork.emails")
        .tags("kind", "warning", "outcome", outcome)
        .counter()
        .count();
  }

  private static WarningNotice notice(int reminder) {
    return new WarningNotice(
        EdxUserFixtures.anEdxUser().build(),
        reminder,
        3,
        Instant.parse("2026-06-01T00:00:00Z"),
        30);
  }
}
