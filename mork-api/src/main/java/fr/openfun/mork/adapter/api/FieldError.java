package fr.openfun.mork.adapter.api;

import java.util.List;

/**
 * One validation error, shaped like FastAPI's: where ({@code ["query", "limit"]}), a message and a
 * machine type ({@code missing}, {@code int_parsing}, {@code enum}...). The input is never echoed,
 * so no email comes back in an error.
 */
record FieldError(List<Object> loc, String msg, String type) {

  FieldError {
    loc = List.copyOf(loc);
  }

  static FieldError missing(Object... loc) {
    return new FieldError(List.of(loc), "Field required", "missing");
  }

  static FieldError of(String type, String msg, Object... loc) {
    return new FieldError(List.of(loc), msg, type);
  }
}
