package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.Task;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskStatus;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole node on the embedded defaults (H2 store, demo edX, RAM job store). */
class MorkNodeIT {
  private static final String KEY = "node-it-admin-key";
  @TempDir Path dataDir;
  private final int port = freePort();
  private MorkApplication app;

  @AfterEach
  void close() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void givenARequestServed_metricsScrape_showsItsTimingAndThePoolsUsage() {
    app = start(RunMode.API);
    HttpProbe http = new HttpProbe(port);
    http.get("/v1/tasks/" + UUID.randomUUID(), KEY);

    HttpResponse<String> scrape = http.get("/metrics", KEY);

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body())
        .contains(
            "mork_http_requests_seconds_count{application=\"mork\",method=\"GET\"",
            "route=\"/v1/tasks/{task_id}\",status=\"404\"}")
        .contains("hikaricp_connections_active{", "pool=\"mork-store\"")
        .contains("pool=\"mork-edx\"")
        .contains("hikaricp_connections_max{");
  }

  @Test
  void givenTaskLeftUnfinishedByTheLastNode_workerStart_runsItToTheEnd() {
    app = start(RunMode.API);
    Task task =
        app.graph()
            .services()
            .submitTask()
            .submit(
                new SubmitTaskUseCase.Command(
                    new TaskParameters.EmailInactiveUsers(OptionalInt.empty()),
                    true,
                    Actor.of("operator")));
    app.close();

    app = start(RunMode.WORKER);

    awaitStatus(task.id(), TaskStatus.SUCCESS);
    assertThat(status(task.id())).isEqualTo(TaskStatus.SUCCESS);
  }

  private MorkApplication start(RunMode mode) {
    Map<String, String> env =
        Map.of(
            "MORK_DATA_DIR",
            dataDir.toString(),
            "MORK_API_KEYS",
            "ops=" + KEY,
            "MORK_API_SERVER_PORT",
            String.valueOf(port),
            "MORK_HTTP_BIND_ADDRESS",
            "127.0.0.1");
    MorkApplication started = new MorkApplication(MorkConfigLoader.load(env), Clock.systemUTC());
    started.lifecycle().start(mode);
    return started;
  }

  private TaskStatus status(UUID taskId) {
    return app.graph().services().getTasks().find(taskId).orElseThrow().status();
  }

  private void awaitStatus(UUID taskId, TaskStatus expected) {
    long end = System.nanoTime() + 30_000_000_000L;
    while (status(taskId) != expected && System.nanoTime() < end) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
