package fr.openfun.mork.adapter.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Refuses (400) a query string that does not decode: a {@code %} not followed by two hex digits, or
 * escapes that are not UTF-8. Javalin would drop such a parameter without a word ({@code
 * ?service=%zz} would list every user, unfiltered) and turn bad UTF-8 into U+FFFD.
 */
final class QueryStrings {
  static final String MALFORMED = "Malformed query string: bad percent-encoding or UTF-8";

  private QueryStrings() {}

  /** Runs before every route. */
  static void check(Context ctx) {
    String query = ctx.queryString();
    if (query != null && !decodes(query)) {
      throw new ApiException(400, MALFORMED);
    }
  }

  static boolean decodes(String query) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '%') {
        if (i + 2 >= query.length()
            || !HexFormat.isHexDigit(query.charAt(i + 1))
            || !HexFormat.isHexDigit(query.charAt(i + 2))) {
          return false;
        }
        bytes.write(HexFormat.fromHexDigits(query, i + 1, i + 3));
        i += 2;
      } else if (c > 0x7f) {
        return false;
      } else {
        bytes.write(c);
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
