package fr.openfun.mork.adapter.edx;

import static fr.openfun.mork.adapter.edx.EdxLikeFixture.OTHER;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.RECENT;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.VICTIM;
import static fr.openfun.mork.adapter.edx.EdxLikeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.FailureKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An edX database that went away after the plan was read: nothing answers on its port. */
class UnreachableEdxIT {
  private final EdxLikeFixture fixture = new EdxLikeFixture("mork_edx_gone");
  private final EdxDatabase gone =
      new EdxDatabase(
          EdxDatabaseSettings.of(
              "jdbc:mariadb://127.0.0.1:" + closedPort() + "/edxapp",
              "root",
              "",
              EdxDialect.MARIADB));

  @AfterEach
  void close() {
    gone.close();
    fixture.close();
  }

  /**
   * The batch's one-by-one fallback used to wait the pool's 10 s connection timeout for every user
   * (a batch of 100 took 17 minutes, past the claims' lease). Seen failing (58 s for these four
   * users) without the stop at the first unreachable failure.
   */
  @Test
  void givenTheDatabaseUnreachable_eraseAll_failsTheWholeBatchTransientlyWithoutWaitingPerUser() {
    JooqEdxAccountEraser eraser = new JooqEdxAccountEraser(gone, fixture.planner());
    long start = System.nanoTime();

    List<ErasureOutcome> outcomes =
        eraser.eraseAll(List.of(request(VICTIM), request(OTHER), request(RECENT), request(5)));

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(outcomes)
        .hasSize(4)
        .allSatisfy(
            o ->
                assertThat(o)
                    .isInstanceOfSatisfying(
                        ErasureOutcome.Failed.class,
                        f -> assertThat(f.kind()).isEqualTo(FailureKind.TRANSIENT)));
    assertThat(took).as("one batch try and one single try").isLessThan(Duration.ofSeconds(40));
  }

  /**
   * More users than {@link BatchSizer#INITIAL}: eraseAll splits them into several transactions, and
   * must stop at the first that finds the database gone instead of trying each.
   */
  @Test
  void givenTheDatabaseUnreachable_eraseAllOfSeveralTransactions_stopsAtTheFirst() {
    JooqEdxAccountEraser eraser = new JooqEdxAccountEraser(gone, fixture.planner());
    var requests =
        java.util.stream.LongStream.rangeClosed(1, 3L * BatchSizer.INITIAL)
            .mapToObj(EdxLikeFixture::request)
            .toList();
    long start = System.nanoTime();

    List<ErasureOutcome> outcomes = eraser.eraseAll(requests);

    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(outcomes)
        .hasSize(requests.size())
        .allSatisfy(
            o ->
                assertThat(o)
                    .isInstanceOfSatisfying(
                        ErasureOutcome.Failed.class,
                        f -> assertThat(f.kind()).isEqualTo(FailureKind.TRANSIENT)));
    assertThat(took).as("one batch try and one single try").isLessThan(Duration.ofSeconds(40));
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
