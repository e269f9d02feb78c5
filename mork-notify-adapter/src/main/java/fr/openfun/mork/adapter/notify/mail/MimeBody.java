package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The body of a {@code multipart/alternative} message, text part then HTML part, both UTF-8, as
 * Jakarta Mail's {@code MimeMultipart} writes it: each part with its {@code Content-Type} and the
 * transfer encoding {@code MimeUtility} would choose (7bit when all ASCII with lines of at most 998
 * bytes, base64 when most bytes are not ASCII, else quoted-printable), encoded by the session's own
 * encoders.
 */
final class MimeBody {
  private static final byte[] CRLF = {'\r', '\n'};
  private static final int MAX_LINE = 998;

  private MimeBody() {}

  /** A boundary that encoded content cannot hold ({@code =_} never survives quoted-printable). */
  static String boundary() {
    return "----=_Part_"
        + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
        + "."
        + System.currentTimeMillis();
  }

  static byte[] alternative(StreamProvider streams, String boundary, String text, String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 * (text.length() + html.length()));
    try {
      part(out, streams, boundary, "text/plain", text);
      part(out, streams, boundary, "text/html", html);
      line(out, "--" + boundary + "--");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not expected
    }
    return out.toByteArray();
  }

  private static void part(
      ByteArrayOutputStream out, StreamProvider streams, String boundary, String type, String value)
      throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    String encoding = encoding(bytes);
    line(out, "--" + boundary);
    line(out, "Content-Type: " + type + "; charset=UTF-8");
    line(out, "Content-Transfer-Encoding: " + encoding);
    out.write(CRLF);
    OutputStream encoder =
        switch (encoding) {
          case "7bit" -> out;
          case "base64" -> streams.outputBase64(out);
          default -> streams.outputQP(out);
        };
    encoder.write(bytes);
    encoder.flush();
    out.write(CRLF);
  }

  /** {@code MimeUtility.getEncoding}'s choice for text (its {@code AsciiOutputStream} counts). */
  static String encoding(byte[] bytes) {
    int ascii = 0;
    int other = 0;
    int lineLength = 0;
    boolean longLine = false;
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '\r' || c == '\n') {
        lineLength = 0;
      } else if (++lineLength > MAX_LINE) {
        longLine = true;
      }
      if (c >= 0177 || (c < 040 && c != '\r' && c != '\n' && c != '\t')) {
        other++;
      } else {
        ascii++;
      }
    }
    if (other == 0) {
      return longLine ? "quoted-printable" : "7bit";
    }
    return other > ascii ? "base64" : "quoted-printable";
  }

  private static void line(ByteArrayOutputStream out, String line) {
    out.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(CRLF);
  }
}
