package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A server that stops reading in the middle of a message: the write times out, nothing hangs. */
class WriteTimeoutIT {

  @Test
  void givenServerStopsReadingAfterData_deliver_failsWithinTheTimeout() throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.setReceiveBufferSize(4096);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      Thread.ofVirtual().start(() -> answerUntilData(server));
      var settings =
          new SmtpSettings(
              "127.0.0.1",
              server.getLocalPort(),
              SmtpSecurity.NONE,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Duration.ofSeconds(5),
              Duration.ofMillis(500));
      SmtpMailTransport transport = new SmtpMailTransport(settings);
      long start = System.nanoTime();

      var thrown = assertThatThrownBy(() -> transport.deliver(large(transport.session())));

      thrown.isInstanceOf(MessagingException.class);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  /** 32 MiB of short ASCII lines: more than the socket buffers hold. */
  private static MimeMessage large(Session session) throws Exception {
    String text = ("x".repeat(70) + "\n").repeat(32 * 1024 * 1024 / 71);
    var content = new MessageFactory.Content("Big", text, "<p>big</p>");
    return new MessageFactory()
        .compose(
            session,
            MessageFactory.address("mork@fun-mooc.example"),
            List.of("jean@example.org"),
            content,
            Instant.now());
  }

  /** Greets, answers EHLO, MAIL, RCPT and DATA, then holds the connection without reading. */
  private static void answerUntilData(ServerSocket server) {
    try (Socket client = server.accept()) {
      var in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
      OutputStream out = client.getOutputStream();
      out.write("220 stalling\r\n".getBytes(StandardCharsets.US_ASCII));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String reply = line.startsWith("DATA") ? "354 go ahead\r\n" : "250 ok\r\n";
        out.write(reply.getBytes(StandardCharsets.US_ASCII));
        if (line.startsWith("DATA")) {
          Thread.sleep(Duration.ofSeconds(30));
          return;
        }
      }
    } catch (Exception e) {
      // the client gave up: what the test expects
    }
  }
}
