package fr.openfun.mork.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.Executors;

/** A plain HTTP/1.1 client of the API, one virtual thread per exchange. */
final class ApiClient implements AutoCloseable {
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .executor(Executors.newVirtualThreadPerTaskExecutor())
          .build();
  private final String base;
  private final String key;

  ApiClient(int port, String key) {
    this.base = "http://127.0.0.1:" + port;
    this.key = key;
  }

  /** GETs {@code path}; true on 200 with a body of at least {@code minBytes}... bytes. */
  boolean get(String path, int minBytes) throws Exception {
    HttpResponse<byte[]> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", key).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    return r.statusCode() == 200 && r.body().length >= minBytes;
  }

  int bytes(String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", key).build(),
            HttpResponse.BodyHandlers.ofByteArray())
        .body()
        .length;
  }

  int patchStatus(UUID user, String service, String to) throws Exception {
    HttpResponse<Void> r =
        client.send(
            HttpRequest.newBuilder(URI.create(base + "/v1/users/" + user + "/status/" + service))
                .header("X-API-Key", key)
                .header("Content-Type", "application/json")
                .method(
                    "PATCH",
                    HttpRequest.BodyPublishers.ofString("{\"deletion_status\":\"" + to + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    return r.statusCode();
  }

  boolean patch(UUID user, String service, String to) throws Exception {
    return patchStatus(user, service, to) == 200;
  }

  @Override
  public void close() {
    client.close();
  }
}
