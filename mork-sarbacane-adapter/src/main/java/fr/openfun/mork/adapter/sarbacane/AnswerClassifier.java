package fr.openfun.mork.adapter.sarbacane;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps an HTTP answer of the Sarbacane API to an {@link Answer}, following the codes Sarbacane
 * documents. Pure: no I/O. Only upper-case codes from the body reach a reason, so a body echoing
 * the email never does.
 */
final class AnswerClassifier {
  static final String NOT_THERE = "no contacts versions to delete";
  private static final Set<String> REJECTIONS =
      Set.of("NEED_ACCOUNT_ID", "NEED_API_KEY", "API_KEY_UNAUTHORIZED");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_ ]{2,59}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private AnswerClassifier() {}

  static Answer classify(int status, String body, Optional<String> retryAfter, Clock clock) {
    if (status >= 200 && status < 300) {
      return new Answer.Success(body);
    }
    List<String> texts = texts(body);
    if (texts.stream().anyMatch(t -> t.strip().toLowerCase(Locale.ROOT).equals(NOT_THERE))) {
      return new Answer.Absent();
    }
    Optional<String> code =
        texts.stream().map(String::strip).filter(AnswerClassifier::isCode).findFirst();
    String reason = "HTTP " + status + code.map(c -> " " + c).orElse("");
    Optional<String> rejection =
        texts.stream().map(String::strip).filter(REJECTIONS::contains).findFirst();
    if (rejection.isPresent() && (status == 400 || status == 401 || status == 403)) {
      return new Answer.Rejected("HTTP " + status + " " + rejection.get());
    }
    if (status == 401 || status == 403) {
      return new Answer.Rejected(reason);
    }
    if (status == 429) {
      return new Answer.Transient(reason, retryAfter.flatMap(v -> retryAfter(v, clock)));
    }
    if (status == 404 || status == 408 || status >= 500) {
      // 404 SERVICE_*_UNREACHABLE is an outage, not "not found"; a bare 404 may be a list deleted
      // since it was listed, or a wrong URL: both resolve by listing again later, never by "done".
      return new Answer.Transient(reason, retryAfter.flatMap(v -> retryAfter(v, clock)));
    }
    return new Answer.Permanent(reason);
  }

  private static boolean isCode(String text) {
    return CODE.matcher(text).matches();
  }

  /** The text fields an error body may carry its code or message in; the raw body otherwise. */
  static List<String> texts(String body) {
    List<String> texts = new ArrayList<>();
    if (body == null || body.isBlank()) {
      return texts;
    }
    try {
      JsonNode node = JSON.readTree(body);
      for (String field : List.of("message", "code", "error", "errorCode", "status")) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isValueNode()) {
          texts.add(value.asText());
        }
      }
    } catch (JacksonException e) {
      texts.add(body.length() > 200 ? body.substring(0, 200) : body);
    }
    return texts;
  }

  /** Retry-After as delta-seconds or an HTTP date; absent when unreadable. */
  static Optional<Duration> retryAfter(String value, Clock clock) {
    String v = value.strip();
    try {
      if (v.chars().allMatch(Character::isDigit) && !v.isEmpty()) {
        return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
      }
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
