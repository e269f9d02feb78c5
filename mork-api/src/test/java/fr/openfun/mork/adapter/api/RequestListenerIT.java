package fr.openfun.mork.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestListenerIT {
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenRequestOnARouteWithAParameter_listener_hearsThePatternNotThePath() {

    server.get("/v1/users/" + UUID.randomUUID(), ApiServer.ADMIN);

    awaitAnswered(() -> !server.answered.isEmpty());
    assertThat(server.answered).containsExactly("GET /v1/users/{user_id} 404");
  }

  @Test
  void givenUnknownPath_listener_hearsItUnmatched() {

    server.get("/no/such/alice@example.com", ApiServer.ADMIN);

    awaitAnswered(() -> !server.answered.isEmpty());
    assertThat(server.answered).containsExactly("GET unmatched 404");
  }

  @Test
  void givenRequestRejectedForItsKey_listener_hearsTheRouteAndThe401() {

    server.get("/v1/users", null);

    awaitAnswered(() -> !server.answered.isEmpty());
    assertThat(server.answered).containsExactly("GET /v1/users 401");
  }

  /** The access-log hook may run just after the client got its answer. */
  private static void awaitAnswered(BooleanSupplier condition) {
    long end = System.nanoTime() + 5_000_000_000L;
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
