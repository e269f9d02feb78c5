package fr.openfun.mork.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server on loopback that behaves like a strict production relay: AUTH (PLAIN or
 * LOGIN) required with one user and password, and recipients it does not know refused with a 550
 * reply that quotes their address, as Postfix does. GreenMail accepts every recipient.
 */
final class RejectingSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final String user;
  private final String password;
  private final Set<String> refused;
  private final AtomicInteger delivered = new AtomicInteger();
  private final AtomicInteger rejected = new AtomicInteger();

  RejectingSmtpServer(String user, String password, Set<String> refused) throws IOException {
    this.user = user;
    this.password = password;
    this.refused =
        refused.stream()
            .map(a -> a.toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofPlatform().daemon().name("rejecting-smtp").start(this::accept);
  }

  int port() {
    return socket.getLocalPort();
  }

  int delivered() {
    return delivered.get();
  }

  int rejected() {
    return rejected.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread.ofVirtual().start(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        PrintWriter out =
            new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
      reply(out, "220 mx.learners.example ESMTP");
      boolean authed = false;
      int recipients = 0;
      String line;
      while ((line = in.readLine()) != null) {
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-mx.learners.example\r\n250-AUTH PLAIN LOGIN\r\n250 OK");
          case "HELO" -> reply(out, "250 mx.learners.example");
          case "AUTH" -> {
            authed = authenticate(line, in, out);
            reply(out, authed ? "235 2.7.0 Authentication successful" : "535 5.7.8 Bad login");
          }
          case "MAIL" -> {
            recipients = 0;
            reply(out, authed ? "250 2.1.0 Ok" : "530 5.7.0 Authentication required");
          }
          case "RCPT" -> {
            String address = line.substring(line.indexOf('<') + 1, line.lastIndexOf('>'));
            if (refused.contains(address.toLowerCase(Locale.ROOT))) {
              rejected.incrementAndGet();
              reply(
                  out,
                  "550 5.1.1 <"
                      + address
                      + ">: Recipient address rejected: User unknown in virtual mailbox table");
            } else {
              recipients++;
              reply(out, "250 2.1.5 Ok");
            }
          }
          case "DATA" -> {
            if (recipients == 0) {
              reply(out, "554 5.5.1 Error: no valid recipients");
              continue;
            }
            reply(out, "354 End data with <CR><LF>.<CR><LF>");
            while ((line = in.readLine()) != null && !line.equals(".")) {
              // the message body is not kept
            }
            delivered.incrementAndGet();
            reply(out, "250 2.0.0 Ok: queued");
          }
          case "QUIT" -> {
            reply(out, "221 2.0.0 Bye");
            return;
          }
          case "RSET", "NOOP" -> reply(out, "250 2.0.0 Ok");
          default -> reply(out, "502 5.5.2 Error: command not recognized");
        }
      }
    } catch (IOException | RuntimeException e) {
      // a client that goes away mid-dialogue
    }
  }

  private boolean authenticate(String line, BufferedReader in, PrintWriter out) throws IOException {
    String[] parts = line.split(" ");
    if (parts.length >= 2 && parts[1].equalsIgnoreCase("LOGIN")) {
      reply(out, "334 VXNlcm5hbWU6");
      String login = decode(in.readLine());
      reply(out, "334 UGFzc3dvcmQ6");
      return user.equals(login) && password.equals(decode(in.readLine()));
    }
    String encoded = parts.length >= 3 ? parts[2] : null;
    if (encoded == null) {
      reply(out, "334 ");
      encoded = in.readLine();
    }
    String[] plain = decode(encoded).split("\0", -1);
    return plain.length == 3 && user.equals(plain[1]) && password.equals(plain[2]);
  }

  private static String decode(String base64) {
    return new String(Base64.getDecoder().decode(base64.strip()), StandardCharsets.UTF_8);
  }

  private static void reply(PrintWriter out, String text) {
    out.print(text + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
