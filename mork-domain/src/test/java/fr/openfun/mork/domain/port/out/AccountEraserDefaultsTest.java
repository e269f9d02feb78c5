package fr.openfun.mork.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.testing.InMemoryAccountEraser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AccountEraserDefaultsTest {

  private static List<ErasureRequest> requests(int count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(
            id ->
                new ErasureRequest(
                    UUID.randomUUID(),
                    id,
                    "learner" + id,
                    "learner" + id + "@example.org",
                    DeletionReason.GDPR,
                    Instant.parse("2026-01-15T10:00:00Z"),
                    Optional.empty()))
        .toList();
  }

  @Test
  void givenSeveralUsers_eraseAll_answersOneOutcomePerUserInOrder() {
    var eraser =
        new InMemoryAccountEraser(ServiceName.SARBACANE)
            .answering(r -> new ErasureOutcome.Erased(Map.of("id", r.edxUserId())));

    List<ErasureOutcome> outcomes = eraser.eraseAll(requests(3));

    assertThat(outcomes)
        .containsExactly(
            new ErasureOutcome.Erased(Map.of("id", 1L)),
            new ErasureOutcome.Erased(Map.of("id", 2L)),
            new ErasureOutcome.Erased(Map.of("id", 3L)));
  }

  @Test
  void givenAServiceThatRejectsMork_eraseAll_stopsCallingItAndAnswersTheRejectionForTheRest() {
    var rejected = new ErasureOutcome.Failed(FailureKind.SERVICE_REJECTED, "API_KEY_UNAUTHORIZED");
    var eraser = new InMemoryAccountEraser(ServiceName.SARBACANE).answering(r -> rejected);

    List<ErasureOutcome> outcomes = eraser.eraseAll(requests(4));

    assertThat(outcomes).hasSize(4).containsOnly(rejected);
    assertThat(eraser.erased()).hasSize(1);
  }
}
