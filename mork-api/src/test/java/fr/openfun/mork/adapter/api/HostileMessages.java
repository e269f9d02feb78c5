package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.HostileRequests.bytes;
import static fr.openfun.mork.adapter.api.HostileRequests.concat;

import fr.openfun.mork.adapter.api.HostileRequests.Request;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTTP/1.1 messages for {@link HostileRequests}: well-formed ones carrying a given defect, and
 * ones broken at the protocol level (request line, headers, framing) that Jetty must refuse.
 */
final class HostileMessages {
  private static final String KEY = "X-API-Key: " + ApiServer.ADMIN;
  private static final List<String> JSON_TYPES =
      List.of(
          "application/json",
          "application/json; charset=utf-8",
          "application/merge-patch+json",
          "APPLICATION/JSON");
  private static byte[] twentyMegabytes;

  private final HostileValues values;

  HostileMessages(HostileValues values) {
    this.values = values;
  }

  /** A well-formed request; a body is sent as JSON with its length. */
  Request request(String what, String method, String target, List<String> headers, String body) {
    List<String> all = new ArrayList<>(headers);
    if (body != null) {
      all.add("Content-Type: " + values.pick(JSON_TYPES));
      all.add("Content-Length: " + bytes(body).length);
    }
    return new Request(what, head(method, target, all), bytes(body), false);
  }

  /** Broken at the protocol level; the rest (admin key, valid path) would be accepted. */
  Request broken(String path) {
    int at = values.between(1, path.length() - 1);
    String cut = path.substring(0, at);
    String rest = path.substring(at);
    return switch (values.between(0, 13)) {
      case 0 -> raw("NUL in the path", "GET " + cut + "\0" + rest, KEY);
      case 1 ->
          raw("raw byte in the path", "GET " + cut + (char) values.between(0x80, 0xff) + rest, KEY);
      case 2 -> raw("space in the path", "GET " + cut + " " + rest, KEY);
      case 3 ->
          raw(
              "bad escape in the path",
              "GET " + path + "/" + values.pick(HostileValues.BAD_ESCAPES),
              KEY);
      case 4 ->
          raw(
              "illegal header name",
              "GET " + path,
              KEY,
              "X-A" + values.pick(List.of("\u0001", " ", "(", "@", "\u007f")) + "b: c");
      case 5 ->
          raw(
              "control character in a header",
              "GET " + path,
              KEY,
              "X-A: c" + values.pick(List.of("\0", "\u0001", "\u001f")) + "d");
      case 6 ->
          raw(
              "obsolete line folding",
              "GET " + path,
              KEY,
              "X-A: c",
              values.pick(List.of(" d", "\td")));
      case 7 ->
          raw(
              "URI too long",
              "GET " + path + "?q=" + "a".repeat(values.between(9_000, 20_000)),
              KEY);
      case 8 ->
          raw(
              "header too large",
              "GET " + path,
              KEY,
              "X-A: " + "c".repeat(values.between(9_000, 30_000)));
      case 9 ->
          raw(
              "length and chunked",
              "POST " + path,
              KEY,
              "Content-Length: 3",
              "Transfer-Encoding: chunked");
      case 10 -> raw("two lengths", "POST " + path, KEY, "Content-Length: 2", "Content-Length: 3");
      case 11 ->
          raw(
              "bad length",
              "POST " + path,
              KEY,
              "Content-Length: "
                  + values.pick(List.of("-1", "abc", "1e3", "0x10", "18446744073709551616")));
      case 12 ->
          raw(
              "bad version",
              "GET " + path + " " + values.pick(List.of("HTTP/9.9", "HTTP/3.0", "HTTX/1.1")),
              KEY);
      default -> raw("absolute URI for another host", "GET http://evil.example" + path, KEY);
    };
  }

  /** A body the route must refuse: malformed, wrong type, empty, cut short or badly chunked. */
  Request badBody(String method, String path) {
    byte[] body = values.body();
    String type = "Content-Type: " + values.pick(JSON_TYPES);
    return switch (values.between(0, 9)) {
      case 5 -> chunked("chunked bad body", method, path, type, body);
      case 6 -> framed("empty body", method, path, type, new byte[0], 0, false);
      case 7 -> {
        String wrong =
            values.pick(
                List.of(
                    "text/plain",
                    "application/x-www-form-urlencoded",
                    "application/xml",
                    "multipart/form-data; boundary=x",
                    "application/jsonx"));
        yield framed(
            "content type " + wrong,
            method,
            path,
            "Content-Type: " + wrong,
            body,
            body.length,
            false);
      }
      case 8 ->
          framed(
              "body cut short",
              method,
              path,
              type,
              body,
              body.length + values.between(1, 500),
              true);
      case 9 -> {
        String size =
            values.pick(List.of("zz", "-1", "fffffffffffffffffff", "1;" + "x".repeat(9000)));
        byte[] chunks = concat(bytes(size + "\r\n"), concat(body, bytes("\r\n0\r\n\r\n")));
        yield new Request(
            "bad chunk size",
            head(method, path, List.of(KEY, type, "Transfer-Encoding: chunked")),
            chunks,
            false);
      }
      default -> framed("bad body", method, path, type, body, body.length, false);
    };
  }

  /** A 20 MB JSON body, with its length announced or chunked. */
  Request huge(String method, String path, boolean chunked) {
    byte[] body = twentyMegabytes();
    String type = "Content-Type: application/json";
    return chunked
        ? chunked("20 MB chunked", method, path, type, body)
        : framed("20 MB", method, path, type, body, body.length, false);
  }

  private static synchronized byte[] twentyMegabytes() {
    if (twentyMegabytes == null) {
      twentyMegabytes = bytes("{\"reason\":\"" + "a".repeat(HostileRequests.HUGE) + "\"}");
    }
    return twentyMegabytes;
  }

  private static Request framed(
      String what,
      String method,
      String path,
      String type,
      byte[] body,
      int length,
      boolean halfClose) {
    List<String> headers = List.of(KEY, type, "Content-Length: " + length);
    return new Request(what, head(method, path, headers), body, halfClose);
  }

  private static Request chunked(
      String what, String method, String path, String type, byte[] body) {
    List<String> headers = List.of(KEY, type, "Transfer-Encoding: chunked");
    java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream(body.length + 1024);
    for (int from = 0; from < body.length; from += 1 << 20) {
      int size = Math.min(1 << 20, body.length - from);
      chunks.writeBytes(bytes(Integer.toHexString(size) + "\r\n"));
      chunks.write(body, from, size);
      chunks.writeBytes(bytes("\r\n"));
    }
    chunks.writeBytes(bytes("0\r\n\r\n"));
    return new Request(what, head(method, path, headers), chunks.toByteArray(), false);
  }

  /** A head from a request line without its version (HTTP/1.1 is added) or with one. */
  private static Request raw(String what, String line, String... headers) {
    String requestLine = line.matches(".* HTT.*/\\d\\.\\d$") ? line : line + " HTTP/1.1";
    StringBuilder text = new StringBuilder(requestLine).append("\r\nHost: mork\r\n");
    for (String header : headers) {
      text.append(header).append("\r\n");
    }
    text.append("Connection: close\r\n\r\n");
    return new Request(
        what, text.toString().getBytes(StandardCharsets.ISO_8859_1), new byte[0], false);
  }

  static byte[] head(String method, String target, List<String> headers) {
    StringBuilder text =
        new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    text.append("Host: mork\r\n");
    headers.forEach(h -> text.append(h).append("\r\n"));
    return text.append("Connection: close\r\n\r\n")
        .toString()
        .getBytes(StandardCharsets.ISO_8859_1);
  }
}
