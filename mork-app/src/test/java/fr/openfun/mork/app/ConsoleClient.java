package fr.openfun.mork.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client of the operator console, with the cookies a browser would keep: signs in
 * through the form, reads the CSRF token of a page, posts forms. Never follows redirects.
 */
final class ConsoleClient {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  ConsoleClient(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        request(path, headers)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Fetches the sign-in form (its token and cookie) and posts {@code key}. */
  HttpResponse<String> signIn(String key, String... headers) {
    String token = csrf(get("/console/sign-in", headers).body());
    return post("/console/sign-in", Map.of("csrf", token, "api_key", key), headers);
  }

  /** The CSRF token of the forms of a page. */
  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }

  Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  void forget(String name) {
    cookies.remove(name);
  }

  /** Every Set-Cookie header of a response naming {@code name}. */
  static List<String> setCookies(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .toList();
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (!cookies.isEmpty()) {
      builder.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      for (String header : response.headers().allValues("Set-Cookie")) {
        String pair = header.split(";", 2)[0];
        int eq = pair.indexOf('=');
        String name = pair.substring(0, eq);
        String value = pair.substring(eq + 1);
        if (value.isEmpty() || header.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
