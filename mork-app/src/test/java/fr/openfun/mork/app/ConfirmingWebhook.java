package fr.openfun.mork.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end harness's push service: answers each webhook event 202 (accepted) and, like a real
 * service once it has erased its own data, confirms it by {@code PATCH
 * /v1/users/{id}/status/{service}} with the service's API key, from four threads of its own. With a
 * {@code latency}, each answer waits that many milliseconds first (32 handlers wait at once).
 */
final class ConfirmingWebhook implements AutoCloseable {
  private static final Pattern LEDGER_ID = Pattern.compile("\"ledger_id\":\"([0-9a-f-]+)\"");
  private static final int CONFIRMERS = 4;
  private static final String DONE = "{\"deletion_status\":\"deleted\"}";
  private final int port = E2eServers.freePort();
  private final BlockingQueue<String> toConfirm = new LinkedBlockingQueue<>();
  private final AtomicInteger received = new AtomicInteger();
  private final AtomicInteger confirmed = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final HttpServer server;
  private final java.util.concurrent.ExecutorService handlers;
  private final int latency;
  private final List<Thread> confirmers = new ArrayList<>();

  ConfirmingWebhook(String service, String key, HttpProbe mork, int latency) throws IOException {
    this.latency = latency;
    this.handlers = Executors.newFixedThreadPool(latency > 0 ? 32 : 2);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.createContext("/", this::handle);
    server.setExecutor(handlers);
    server.start();
    for (int i = 0; i < CONFIRMERS; i++) {
      confirmers.add(
          Thread.ofPlatform()
              .name("webhook-confirmer-" + i)
              .daemon()
              .start(
                  () -> {
                    try {
                      while (true) {
                        String id = toConfirm.take();
                        int code =
                            mork.patch("/v1/users/" + id + "/status/" + service, key, DONE)
                                .statusCode();
                        (code == 200 ? confirmed : refused).incrementAndGet();
                      }
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }));
    }
  }

  String url() {
    return "http://127.0.0.1:" + port + "/hooks/mork";
  }

  int received() {
    return received.get();
  }

  int confirmed() {
    return confirmed.get();
  }

  int refused() {
    return refused.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher id = LEDGER_ID.matcher(body);
    if (latency > 0) {
      try {
        Thread.sleep(latency);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    exchange.sendResponseHeaders(202, -1);
    exchange.close();
    if (id.find()) {
      received.incrementAndGet();
      toConfirm.add(id.group(1));
    }
  }

  @Override
  public void close() {
    confirmers.forEach(Thread::interrupt);
    server.stop(0);
    handlers.shutdownNow();
  }
}
