package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.app.config.MorkConfigLoader;
import fr.openfun.mork.app.config.RunMode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The listener opens before the node is built, and closes again when building fails. */
class ListeningNodeIT {
  @TempDir Path dataDir;
  private final int port = E2eServers.freePort();

  @Test
  void givenAnUnreachableStore_start_failsAndClosesTheListenerAgain() {
    int closedPort = E2eServers.freePort();
    MorkApplication app =
        new MorkApplication(
            MorkConfigLoader.load(
                Map.of(
                    "MORK_DATA_DIR", dataDir.toString(),
                    "MORK_DB_HOST", "127.0.0.1",
                    "MORK_DB_PORT", String.valueOf(closedPort),
                    "MORK_DB_NAME", "nowhere",
                    "MORK_DB_USER", "postgres",
                    "MORK_PII_HMAC_SECRET", "listening-node-hmac-secret-long-enough",
                    "MORK_API_SERVER_PORT", String.valueOf(port),
                    "MORK_HTTP_BIND_ADDRESS", "127.0.0.1")),
            Clock.systemUTC());

    try (app) {
      assertThatThrownBy(() -> app.lifecycle().start(RunMode.API)).hasMessageContaining("store");
    }

    assertThat(listening(port)).isFalse();
  }

  @Test
  void givenAStartedNode_heartbeat_reportsTheDependenciesOnceReady() {
    MorkApplication app =
        new MorkApplication(
            MorkConfigLoader.load(
                Map.of(
                    "MORK_DATA_DIR", dataDir.toString(),
                    "MORK_API_SERVER_PORT", String.valueOf(port),
                    "MORK_HTTP_BIND_ADDRESS", "127.0.0.1")),
            Clock.systemUTC());

    try (app) {
      app.lifecycle().start(RunMode.API);

      var heartbeat = new HttpProbe(port).get("/__heartbeat__", "no-key-needed");

      assertThat(heartbeat.statusCode()).isEqualTo(200);
      assertThat(heartbeat.body()).contains("\"database\":\"ok\"", "\"edx\":\"ok\"");
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
