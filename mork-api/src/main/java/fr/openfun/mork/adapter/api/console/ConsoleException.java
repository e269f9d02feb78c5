package fr.openfun.mork.adapter.api.console;

/** A console request that cannot be served: shown as an error page with this status. */
final class ConsoleException extends RuntimeException {
  private final int status;

  ConsoleException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ConsoleException notFound(String what) {
    return new ConsoleException(404, what + " not found");
  }

  static ConsoleException badInput(String message) {
    return new ConsoleException(400, message);
  }
}
