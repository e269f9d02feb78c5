package fr.openfun.mork.adapter.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain {@link Socket}, for requests no well-behaved client sends: raw bytes in the
 * request line and headers, bodies shorter than announced, broken chunks, half-closed connections.
 * The body is written by a second thread so a server that answers early (413) and closes is read,
 * not raced.
 */
final class RawHttp {
  private static final int TIMEOUT_MILLIS = 10_000;

  private RawHttp() {}

  /** The answer; {@code status} 0 when the server closed without answering. */
  record Response(int status, Map<String, String> headers, String body) {
    Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    String contentType() {
      return header("Content-Type").orElse("");
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static Response exchange(int port, byte[] head, byte[] body, boolean halfClose) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      Thread writer = Thread.ofVirtual().start(() -> write(socket, head, body, halfClose));
      Response response = read(socket.getInputStream());
      writer.join();
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a whole request (head and body in one array) and reads the answer. */
  static Response exchange(int port, byte[] request) {
    return exchange(port, request, new byte[0], false);
  }

  /** Sends {@code request} and closes at once, reading nothing: a client that went away. */
  static void sendAndClose(int port, byte[] request) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
      socket.getOutputStream().write(request);
      socket.getOutputStream().flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Socket socket, byte[] head, byte[] body, boolean halfClose) {
    try {
      OutputStream out = socket.getOutputStream();
      out.write(head);
      for (int at = 0; at < body.length; at += 64 * 1024) {
        out.write(body, at, Math.min(64 * 1024, body.length - at));
      }
      out.flush();
      if (halfClose) {
        socket.shutdownOutput();
      }
    } catch (IOException e) {
      // the server answered and closed before taking the whole body: its answer is what counts
    }
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    int end = -1;
    try {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        seen.write(buffer, 0, n);
        end = complete(seen.toByteArray());
        if (end >= 0) {
          break;
        }
      }
    } catch (SocketException e) {
      // a reset after the answer: keep what arrived
    }
    return parse(seen.toByteArray());
  }

  /** The length of a complete response in {@code bytes}, or -1 while more is due. */
  private static int complete(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      return -1;
    }
    String head = text.substring(0, headEnd).toLowerCase(Locale.ROOT);
    int bodyStart = headEnd + 4;
    int at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
      int lineEnd = head.indexOf("\r\n", at + 2);
      String value = head.substring(at + 17, lineEnd < 0 ? head.length() : lineEnd).strip();
      int length = Integer.parseInt(value);
      return bytes.length >= bodyStart + length ? bodyStart + length : -1;
    }
    if (head.contains("transfer-encoding: chunked")) {
      return text.endsWith("\r\n0\r\n\r\n") || text.indexOf("\r\n\r\n0\r\n\r\n") >= 0
          ? bytes.length
          : -1;
    }
    return -1;
  }

  private static Response parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
      return new Response(0, Map.of(), text);
    }
    String[] lines = text.substring(0, headEnd).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String rawBody = text.substring(headEnd + 4);
    String body =
        "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))
            ? dechunk(rawBody)
            : rawBody;
    return new Response(
        status,
        headers,
        new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static String dechunk(String raw) {
    StringBuilder body = new StringBuilder();
    int at = 0;
    while (at < raw.length()) {
      int lineEnd = raw.indexOf("\r\n", at);
      if (lineEnd < 0) {
        break;
      }
      int size = Integer.parseInt(raw.substring(at, lineEnd).split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      body.append(raw, lineEnd + 2, Math.min(raw.length(), lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    return body.toString();
  }
}
