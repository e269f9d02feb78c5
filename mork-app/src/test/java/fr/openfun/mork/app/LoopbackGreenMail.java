package fr.openfun.mork.app;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * GreenMail whose SMTP server answers without Nagle's delay. GreenMail writes some replies in
 * several small segments; with Nagle on, each waits for the client's delayed ACK (40 ms on Linux),
 * which made every message cost 50 to 200 ms on loopback instead of a few.
 */
final class LoopbackGreenMail extends GreenMail {
  LoopbackGreenMail(ServerSetup setup) {
    super(setup);
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> services = new HashMap<>();
    for (ServerSetup setup : config) {
      if (!setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
        throw new IllegalArgumentException("SMTP only, not " + setup.getProtocol());
      }
      services.put(
          setup.getProtocol(),
          new SmtpServer(setup, managers) {
            @Override
            protected void handleClientSocket(Socket socket) throws SocketException {
              socket.setTcpNoDelay(true);
              super.handleClientSocket(socket);
            }
          });
    }
    return services;
  }
}
