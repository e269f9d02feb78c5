package fr.openfun.mork.adapter.api;

import java.util.List;

/** Bad input, answered 422 with the list of {@link FieldError}s as {@code detail}. */
final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> errors;

  ValidationException(List<FieldError> errors) {
    super(errors.size() + " validation error(s)", null, false, false);
    this.errors = List.copyOf(errors);
  }

  ValidationException(FieldError error) {
    this(List.of(error));
  }

  List<FieldError> errors() {
    return errors;
  }
}
