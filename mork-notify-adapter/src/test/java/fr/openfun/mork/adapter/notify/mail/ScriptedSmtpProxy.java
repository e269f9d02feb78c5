package fr.openfun.mork.adapter.notify.mail;

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
 * A TCP proxy in front of GreenMail that answers scripted replies to one command, {@code RCPT TO}
 * by default, {@code DATA} or the end-of-data dot {@code "."} (e.g. {@code 450} greylisting once,
 * or {@code 550} always), forwarding everything else, so tests see Jakarta Mail react to real SMTP
 * replies. GreenMail cannot be told to refuse. A dot it answers never reaches GreenMail: the proxy
 * then closes that connection to GreenMail (which drops the message) and answers the client itself.
 */
final class ScriptedSmtpProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final int targetPort;
  private final ConcurrentLinkedQueue<String> rcptReplies;
  private final String repeatedReply;
  private final String command;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger dataCommands = new AtomicInteger();
  private final ConcurrentLinkedQueue<Socket> open = new ConcurrentLinkedQueue<>();

  /** {@code repeatedReply}, if not null, answers every RCPT once {@code rcptReplies} are used. */
  ScriptedSmtpProxy(int targetPort, List<String> rcptReplies, String repeatedReply)
      throws IOException {
    this(targetPort, "RCPT TO", rcptReplies, repeatedReply);
  }

  /** Scripts the replies to {@code command}: {@code "RCPT TO"}, {@code "DATA"} or {@code "."}. */
  ScriptedSmtpProxy(int targetPort, String command, List<String> replies, String repeatedReply)
      throws IOException {
    this.command = command;
    this.targetPort = targetPort;
    this.rcptReplies = new ConcurrentLinkedQueue<>(replies);
    this.repeatedReply = repeatedReply;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().start(this::accept);
  }

  int port() {
    return listener.getLocalPort();
  }

  int connections() {
    return connections.get();
  }

  /** How many {@code DATA} commands were forwarded to GreenMail. */
  int dataCommands() {
    return dataCommands.get();
  }

  /** Closes every connection made so far, as a server dropping idle clients does. */
  void dropConnections() throws IOException {
    for (Socket socket; (socket = open.poll()) != null; ) {
      socket.close();
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket client = listener.accept();
        connections.incrementAndGet();
        open.add(client);
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        Thread.ofVirtual().start(() -> pump(server, client));
        Thread.ofVirtual().start(() -> clientToServer(client, server));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void clientToServer(Socket client, Socket server) {
    try (client;
        server) {
      InputStream in = client.getInputStream();
      OutputStream toServer = server.getOutputStream();
      OutputStream toClient = client.getOutputStream();
      byte[] line;
      boolean inData = false;
      boolean detached = false;
      while ((line = readLine(in)) != null) {
        String text = new String(line, StandardCharsets.US_ASCII).toUpperCase();
        String reply = null;
        if (inData) {
          inData = !text.equals(".\r\n");
          reply = !inData && command.equals(".") ? nextReply() : null;
        } else {
          reply = text.startsWith(command) ? nextReply() : null;
          if (reply == null && text.startsWith("DATA")) {
            inData = true;
            dataCommands.incrementAndGet();
          }
        }
        if (detached) {
          reply = text.startsWith("QUIT") ? "221 bye" : "250 OK";
        } else if (reply != null && command.equals(".")) {
          // GreenMail is still reading data: drop its transaction, answer the rest here.
          server.close();
          detached = true;
        }
        if (reply != null) {
          synchronized (toClient) {
            toClient.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
            toClient.flush();
          }
        } else {
          toServer.write(line);
          toServer.flush();
        }
      }
    } catch (IOException e) {
      // connection closed by either side
    }
  }

  private String nextReply() {
    String scripted = rcptReplies.poll();
    return scripted != null ? scripted : repeatedReply;
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
