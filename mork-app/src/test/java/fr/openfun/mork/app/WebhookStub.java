package fr.openfun.mork.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A push service's webhook receiver on a fixed loopback port that a test takes down (nothing
 * listens: connections are refused) and brings up again. Answers 202 and keeps each event's ledger
 * id, in arrival order.
 */
final class WebhookStub implements AutoCloseable {
  private static final Pattern LEDGER_ID = Pattern.compile("\"ledger_id\":\"([0-9a-f-]+)\"");
  private final int port = E2eServers.freePort();
  private final List<String> ledgerIds = new CopyOnWriteArrayList<>();
  private HttpServer server;

  String url() {
    return "http://127.0.0.1:" + port + "/hooks/mork";
  }

  synchronized void up() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  synchronized void down() {
    if (server != null) {
      server.stop(0);
      server = null;
    }
  }

  List<String> ledgerIds() {
    return List.copyOf(ledgerIds);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Matcher id = LEDGER_ID.matcher(body);
    if (id.find()) {
      ledgerIds.add(id.group(1));
    }
    exchange.sendResponseHeaders(202, -1);
    exchange.close();
  }

  @Override
  public void close() {
    down();
  }
}
