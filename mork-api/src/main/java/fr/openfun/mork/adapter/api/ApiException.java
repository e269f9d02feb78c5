package fr.openfun.mork.adapter.api;

/** An HTTP answer other than success, with the v1 body {@code {"detail": "..."}}. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, detail);
  }

  static ApiException forbidden() {
    return new ApiException(403, "This API key is not allowed to do this");
  }
}
