package fr.openfun.mork.adapter.notify.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;

/**
 * Writes each message as an RFC 822 {@code .eml} file in a folder (used by the embedded demo): any
 * mail client opens them. Files are written under a temporary name then moved, so a reader never
 * sees half a message.
 */
public final class OutboxMailTransport implements MailTransport {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'");

  private final Path folder;
  private final Clock clock;
  private final Session session = Session.getInstance(new Properties());

  public OutboxMailTransport(Path folder, Clock clock) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.clock = Objects.requireNonNull(clock, "clock");
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create outbox folder " + folder, e);
    }
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public void deliver(MimeMessage message) throws MessagingException {
    String name =
        STAMP.format(clock.instant().atZone(java.time.ZoneOffset.UTC)) + "-" + UUID.randomUUID();
    Path temporary = folder.resolve(name + ".tmp");
    try {
      message.saveChanges();
      try (OutputStream out = Files.newOutputStream(temporary)) {
        message.writeTo(out);
      }
      Files.move(temporary, folder.resolve(name + ".eml"), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new MessagingException("cannot write to the outbox", e);
    }
  }
}
