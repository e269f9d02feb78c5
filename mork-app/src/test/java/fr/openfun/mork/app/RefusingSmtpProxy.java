package fr.openfun.mork.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of GreenMail that refuses the first connections as a struggling SMTP server
 * does, one scripted fault per connection: {@code 421} greets with {@code 421} and hangs up, {@code
 * 451} answers {@code RCPT TO} with {@code 451}. Once the script is used up, everything passes.
 */
final class RefusingSmtpProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int targetPort;
  private final ConcurrentLinkedQueue<String> faults;
  private final AtomicInteger refused = new AtomicInteger();

  RefusingSmtpProxy(int targetPort, List<String> faults) throws IOException {
    this.targetPort = targetPort;
    this.faults = new ConcurrentLinkedQueue<>(faults);
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  /** How many scripted refusals were answered. */
  int refused() {
    return refused.get();
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        String fault = faults.poll();
        if ("421".equals(fault)) {
          try (client) {
            reply(client.getOutputStream(), "421 4.3.2 Service not available, try again later");
          }
          refused.incrementAndGet();
          continue;
        }
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        Thread.ofVirtual().start(() -> pump(server, client));
        Thread.ofVirtual().start(() -> forward(client, server, "451".equals(fault)));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void forward(Socket client, Socket server, boolean refuseRecipient) {
    try (client;
        server) {
      InputStream in = client.getInputStream();
      OutputStream toServer = server.getOutputStream();
      byte[] line;
      while ((line = readLine(in)) != null) {
        String text = new String(line, StandardCharsets.US_ASCII).toUpperCase();
        if (refuseRecipient && text.startsWith("RCPT TO")) {
          reply(client.getOutputStream(), "451 4.3.0 Temporary local problem, try again later");
          refused.incrementAndGet();
        } else {
          toServer.write(line);
          toServer.flush();
        }
      }
    } catch (IOException e) {
      // connection closed by either side
    }
  }

  private static void reply(OutputStream out, String reply) throws IOException {
    synchronized (out) {
      out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
  }

  private static void pump(Socket from, Socket to) {
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        synchronized (out) {
          out.write(buffer, 0, n);
          out.flush();
        }
      }
    } catch (IOException e) {
      // connection closed by either side
    }
  }

  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      line.write(b);
      if (b == '\n') {
        return line.toByteArray();
      }
    }
    return line.size() == 0 ? null : line.toByteArray();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
