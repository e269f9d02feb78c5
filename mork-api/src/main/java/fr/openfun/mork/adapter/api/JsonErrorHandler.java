package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before any route runs (a request line or header it cannot parse,
 * a URI or headers too large, a path it refuses) with the v1 body {@code {"detail": ...}} in JSON,
 * in place of Jetty's HTML page that echoes the URI. The detail is Jetty's reason only when it is
 * plain words (no quote, slash or bracket could come from the input), else the standard phrase;
 * never a stack trace. An unknown HTTP version is the client's fault: 400, not 505.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9 .,:=!_+-]{1,80}");

  private final ObjectMapper mapper;

  JsonErrorHandler(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback)
      throws JsonProcessingException {
    int status = response.getStatus();
    String reason = (String) request.getAttribute(ERROR_MESSAGE);
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
      status = e.getCode();
      reason = reason == null ? e.getReason() : reason;
    }
    if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
      status = HttpStatus.BAD_REQUEST_400;
      reason = "Unsupported HTTP version";
    }
    response.setStatus(status);
    response.getHeaders().put(ERROR_CACHE_CONTROL);
    if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
      callback.succeeded();
      return true;
    }
    String detail =
        reason != null && status < 500 && PLAIN.matcher(reason).matches()
            ? reason
            : HttpStatus.getMessage(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    byte[] body = mapper.writeValueAsBytes(Map.of("detail", detail));
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}
