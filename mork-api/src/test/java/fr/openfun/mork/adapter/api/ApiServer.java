package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A running {@link MorkApi} on a free port with fake use cases, and a real HTTP client. */
final class ApiServer implements AutoCloseable {
  static final String ADMIN = "admin-secret";
  static final String JOANIE = "joanie-secret";
  static final String ASHLEY = "ashley-secret";
  static final String METRICS = "prometheus-secret";
  static final ObjectMapper JSON = new ObjectMapper();

  final FakeLedger ledger = new FakeLedger();
  final FakeTasks tasks = new FakeTasks();
  final Map<String, Boolean> health = new TreeMap<>(Map.of("database", true, "edx", true));
  final List<String> controlCalls = new ArrayList<>();
  final List<String> answered = new java.util.concurrent.CopyOnWriteArrayList<>();
  DeletionPlan plan = new DeletionPlan(List.of(), List.of(), "sha256:abc", Fixtures.NOW);
  boolean paused;
  private final MorkApi api;
  private final HttpClient client = HttpClient.newHttpClient();

  ApiServer() {
    this(true);
  }

  /** With {@code open} false, a {@link MorkApi#starting} API: only its probe answers 200. */
  ApiServer(boolean open) {
    ApiSettings settings =
        ApiSettings.of(Map.of("ops", ADMIN))
            .withServiceKeys(
                Map.of(ServiceName.of("joanie"), JOANIE, ServiceName.of("ashley"), ASHLEY))
            .withServices(
                Set.of("edx", "sarbacane", "joanie", "ashley").stream()
                    .map(ServiceName::of)
                    .collect(java.util.stream.Collectors.toSet()))
            .withMaxBodyBytes(16 * 1024)
            .withMetrics(() -> "mork_up 1.0\n")
            .withMetricsKeys(Map.of("prometheus", METRICS))
            .withRequestListener(
                (method, route, status, took) -> answered.add(method + " " + route + " " + status));
    ApiUseCases useCases =
        new ApiUseCases(tasks, tasks, tasks, ledger, ledger, control(), plans(), () -> health);
    Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    api =
        (open
                ? new MorkApi(useCases, settings, clock)
                : MorkApi.starting(useCases, settings, clock))
            .start("127.0.0.1", 0);
  }

  private ControlUseCase control() {
    return new ControlUseCase() {
      @Override
      public boolean paused() {
        return paused;
      }

      @Override
      public void pause(Actor actor) {
        controlCalls.add("pause by " + actor);
        paused = true;
      }

      @Override
      public void resume(Actor actor) {
        controlCalls.add("resume by " + actor);
        paused = false;
      }
    };
  }

  private ExplainPlanUseCase plans() {
    return new ExplainPlanUseCase() {
      @Override
      public DeletionPlan plan() {
        return plan;
      }

      @Override
      public DriftVerdict drift() {
        return new DriftVerdict.Blocked("schema changed");
      }

      @Override
      public void acknowledge(String fingerprint, Actor actor) {
        if (!fingerprint.equals(plan.fingerprint())) {
          throw new IllegalArgumentException("fingerprint is not the current plan's");
        }
        controlCalls.add("acknowledge by " + actor);
      }

      @Override
      public Optional<ErasureOutcome> preview(String email) {
        return Optional.empty();
      }
    };
  }

  MorkApi api() {
    return api;
  }

  HttpResponse<String> get(String path, String key) {
    return send("GET", path, key, null, null);
  }

  /** A GET with these request headers only ({@code name: value} pairs). */
  HttpResponse<String> getWithHeaders(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.GET().build());
  }

  HttpResponse<String> json(String method, String path, String key, String body) {
    return send(method, path, key, body, "application/json");
  }

  HttpResponse<String> send(String method, String path, String key, String body, String type) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
    if (key != null) {
      request.header("X-API-Key", key);
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    request.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
    // A large body is offered with Expect: 100-continue, as careful clients do: the server may
    // refuse it (413) before it is sent, instead of racing a client still writing the body.
    request.expectContinue(body != null && body.length() > 64 * 1024);
    return send(request.build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + api.port() + path);
  }

  /** Waits (5 s at most) until the access-log hook heard {@code count} answers. */
  void awaitAnswered(int count) {
    long end = System.nanoTime() + 5_000_000_000L;
    while (answered.size() < count && System.nanoTime() < end) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    api.stop();
  }
}
