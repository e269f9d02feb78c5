package fr.openfun.mork.adapter.notify.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on a free loopback port answering scripted statuses in order (the last one
 * repeats). A negative status means: wait that many milliseconds, then answer 200. Counts the
 * requests being handled at once.
 */
final class WebhookReceiver implements AutoCloseable {

  record Received(String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().getFirst())
          .findFirst()
          .orElse("");
    }
  }

  private final HttpServer server;
  private final ConcurrentLinkedQueue<Integer> script;
  private final int last;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private volatile long holdMillis;

  WebhookReceiver(Integer... statuses) throws IOException {
    this.script = new ConcurrentLinkedQueue<>(List.of(statuses));
    this.last = statuses[statuses.length - 1];
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  /** From now on, every answer is held this long before it is sent. */
  WebhookReceiver holding(long millis) {
    this.holdMillis = millis;
    return this;
  }

  private void handle(HttpExchange exchange) throws IOException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      answer(exchange);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private void answer(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    received.add(
        new Received(
            exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
    Integer next = script.poll();
    int status = next == null ? last : next;
    pause(holdMillis);
    if (status < 0) {
      pause(-status);
      status = 200;
    }
    if (status >= 300 && status < 400) {
      exchange.getResponseHeaders().add("Location", uri("/moved").toString());
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The most requests handled at the same time so far. */
  int maxInFlight() {
    return maxInFlight.get();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
