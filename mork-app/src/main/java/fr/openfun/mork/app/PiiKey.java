package fr.openfun.mork.app;

import fr.openfun.mork.app.config.MorkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The key that hashes personal data once erasure is complete. Configured ({@code
 * MORK_PII_HMAC_SECRET}, required with PostgreSQL) or, for the embedded store, created once in the
 * data folder and kept there: a new key at each start would make minimised users unfindable.
 */
final class PiiKey {
  private static final String FILE = "pii-hmac.key";

  private PiiKey() {}

  static String resolve(MorkConfig config) {
    return config
        .pii()
        .hmacSecret()
        .map(secret -> secret.value())
        .orElseGet(() -> persisted(config.dataDir().resolve(FILE)));
  }

  private static String persisted(Path file) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).trim();
      }
      Files.createDirectories(file.toAbsolutePath().getParent());
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String key = HexFormat.of().formatHex(bytes);
      Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own permissions protect the key
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the PII key " + file, e);
    }
  }
}
