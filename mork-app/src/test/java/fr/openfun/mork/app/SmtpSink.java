package fr.openfun.mork.app;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal real SMTP server on loopback for the mail benchmark: it speaks enough SMTP for Jakarta
 * Mail (greeting, EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT), reads every byte of every message,
 * keeps nothing but a count, the arrival time of each accepted message and the last message's raw
 * bytes. GreenMail parses and stores every message; this sink costs the sender's side almost
 * nothing, so it shows what the client path costs.
 */
final class SmtpSink implements AutoCloseable {
  private final ServerSocket listener;
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger connections = new AtomicInteger();
  private volatile long[] arrivals = new long[0];
  private volatile byte[] last = new byte[0];

  SmtpSink() throws IOException {
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::accept, "smtp-sink");
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  /**
   * Forgets what was received and makes room for the arrival times of {@code expected} messages.
   */
  void reset(int expected) {
    arrivals = new long[expected + 16];
    accepted.set(0);
    connections.set(0);
  }

  int accepted() {
    return accepted.get();
  }

  int connections() {
    return connections.get();
  }

  /** {@link System#nanoTime()} at which each message was accepted, in order. */
  long[] arrivals() {
    return Arrays.copyOf(arrivals, Math.min(accepted.get(), arrivals.length));
  }

  byte[] lastMessage() {
    return last;
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        Thread session = new Thread(() -> serve(client), "smtp-sink-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setTcpNoDelay(true);
      Input in = new Input(socket.getInputStream());
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 8192);
      reply(out, "220 sink ESMTP");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() < 4 ? line : line.substring(0, 4);
        switch (command.toUpperCase(Locale.ROOT)) {
          case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SIZE 52428800");
          case "HELO", "MAIL", "RCPT", "RSET", "NOOP" -> reply(out, "250 OK");
          case "DATA" -> {
            reply(out, "354 go ahead");
            last = in.readData();
            record();
            reply(out, "250 OK queued");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "502 not implemented");
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private void record() {
    long now = System.nanoTime();
    int n = accepted.getAndIncrement();
    long[] times = arrivals;
    if (n < times.length) {
      times[n] = now;
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** An unsynchronised buffered reader of SMTP lines and DATA sections. */
  private static final class Input {
    private final InputStream in;
    private final byte[] buffer = new byte[65536];
    private int position;
    private int limit;

    Input(InputStream in) {
      this.in = in;
    }

    private boolean fill() throws IOException {
      position = 0;
      limit = in.read(buffer);
      return limit > 0;
    }

    String readLine() throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (position == limit && !fill()) {
          return null;
        }
        byte b = buffer[position++];
        if (b == '\n') {
          int end = line.length();
          return end > 0 && line.charAt(end - 1) == '\r'
              ? line.substring(0, end - 1)
              : line.toString();
        }
        line.append((char) b);
      }
    }

    /** Reads up to the line holding a single dot and returns the bytes before it. */
    byte[] readData() throws IOException {
      ByteArrayOutputStream message = new ByteArrayOutputStream(8192);
      int matched = 2; // how much of CR LF . CR LF was just seen ("at a line start" = 2)
      while (true) {
        if (position == limit && !fill()) {
          throw new IOException("connection closed in DATA");
        }
        int start = position;
        while (position < limit) {
          byte b = buffer[position++];
          matched = next(matched, b);
          if (matched == 5) {
            message.write(buffer, start, position - start);
            byte[] bytes = message.toByteArray();
            return Arrays.copyOf(bytes, Math.max(0, bytes.length - 3));
          }
        }
        message.write(buffer, start, limit - start);
      }
    }

    private static int next(int matched, byte b) {
      return switch (matched) {
        case 0 -> b == '\r' ? 1 : 0;
        case 1 -> b == '\n' ? 2 : (b == '\r' ? 1 : 0);
        case 2 -> b == '.' ? 3 : (b == '\r' ? 1 : 0);
        case 3 -> b == '\r' ? 4 : 0;
        default -> b == '\n' ? 5 : (b == '\r' ? 1 : 0);
      };
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
