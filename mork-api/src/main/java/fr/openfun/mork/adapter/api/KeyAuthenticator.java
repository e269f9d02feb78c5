package fr.openfun.mork.adapter.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the caller of a presented API key. Every configured key is compared, each in constant time
 * over SHA-256 digests ({@link MessageDigest#isEqual}), so timing reveals neither which key nor how
 * much of one matched.
 */
final class KeyAuthenticator {
  private record Entry(byte[] digest, Caller caller) {}

  private final List<Entry> entries = new ArrayList<>();

  KeyAuthenticator(ApiSettings settings) {
    settings
        .adminKeys()
        .forEach((name, key) -> entries.add(new Entry(sha256(key), Caller.admin(name))));
    settings
        .serviceKeys()
        .forEach((service, key) -> entries.add(new Entry(sha256(key), Caller.service(service))));
    settings
        .metricsKeys()
        .forEach((name, key) -> entries.add(new Entry(sha256(key), Caller.metrics(name))));
  }

  Optional<Caller> authenticate(String presented) {
    if (presented == null || presented.isEmpty()) {
      return Optional.empty();
    }
    byte[] digest = sha256(presented);
    Caller found = null;
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
        found = entry.caller();
      }
    }
    return Optional.ofNullable(found);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
