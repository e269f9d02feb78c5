package fr.openfun.mork.adapter.api.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which key was presented at sign-in, as the API's key check does: SHA-256 digests compared
 * in constant time, every key compared, so timing reveals neither which key nor how much matched.
 */
final class AdminKeys {
  /** What a presented key is. */
  sealed interface Match {
    record Admin(String name) implements Match {}

    record Service() implements Match {}

    record Unknown() implements Match {}
  }

  private record Entry(byte[] digest, Optional<String> adminName) {}

  private final List<Entry> entries = new ArrayList<>();

  AdminKeys(Map<String, String> admins, Set<String> services) {
    admins.forEach((name, key) -> entries.add(new Entry(sha256(key), Optional.of(name))));
    services.forEach(key -> entries.add(new Entry(sha256(key), Optional.empty())));
  }

  Match match(String presented) {
    if (presented == null || presented.isEmpty()) {
      return new Match.Unknown();
    }
    byte[] digest = sha256(presented);
    Match found = new Match.Unknown();
    for (Entry entry : entries) {
      if (MessageDigest.isEqual(entry.digest(), digest) && found instanceof Match.Unknown) {
        found = entry.adminName().<Match>map(Match.Admin::new).orElseGet(Match.Service::new);
      }
    }
    return found;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
