package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a JSON request body safely: size first (413), a body that cannot be read in full (400),
 * then content type (415), then syntax (422 {@code json_invalid}); an empty body is a missing field
 * (422 {@code missing}). The body is read through a bounded buffer, so a chunked upload without a
 * length cannot exhaust memory.
 */
final class RequestBodies {
  static final String INCOMPLETE = "Request body incomplete or malformed";

  private final ObjectMapper mapper;
  private final int maxBytes;

  RequestBodies(ObjectMapper mapper, int maxBytes) {
    this.mapper = mapper;
    this.maxBytes = maxBytes;
  }

  /** Rejects, before any handler runs, a request that announces a body over the limit. */
  void checkDeclaredLength(Context ctx) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge();
    }
  }

  JsonNode read(Context ctx) throws IOException {
    checkDeclaredLength(ctx);
    byte[] body = readBounded(ctx.req().getInputStream());
    if (body.length == 0) {
      throw new ValidationException(FieldError.missing("body"));
    }
    if (!isJson(ctx.header("Content-Type"))) {
      throw new ApiException(415, "Unsupported media type: send application/json");
    }
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new ValidationException(FieldError.missing("body"));
      }
      return node;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      long offset = at == null ? 0 : Math.max(0, Math.max(at.getCharOffset(), at.getByteOffset()));
      throw new ValidationException(
          FieldError.of("json_invalid", "JSON decode error", "body", offset));
    }
  }

  /**
   * A read that fails is the client's doing: a body shorter than its {@code Content-Length}, a
   * chunked body cut short or a bad chunk size (Jetty throws an {@code EofException}). 400, not a
   * server error.
   */
  private byte[] readBounded(InputStream in) {
    byte[] body;
    try {
      body = in.readNBytes(maxBytes + 1);
    } catch (IOException e) {
      throw new ApiException(400, INCOMPLETE);
    }
    if (body.length > maxBytes) {
      throw tooLarge();
    }
    return body;
  }

  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.equals("application/json")
        || (media.startsWith("application/") && media.endsWith("+json"));
  }

  private ApiException tooLarge() {
    return new ApiException(413, "Request body too large (limit " + maxBytes + " bytes)");
  }
}
