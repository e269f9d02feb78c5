package fr.openfun.mork.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container health check: exits 0 when the URL (by default the local {@code /__lbheartbeat__})
 * answers 2xx within three seconds. The JRE image has no curl.
 */
public final class HealthProbe {
  private HealthProbe() {}

  public static void main(String[] args) {
    String url = args.length > 0 ? args[0] : "http://127.0.0.1:8100/__lbheartbeat__";
    System.exit(check(URI.create(url)) ? 0 : 1);
  }

  static boolean check(URI url) {
    try (HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build()) {
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() / 100 == 2;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
