package fr.openfun.mork.domain.port.out;

/** A port's backing system could not be reached or answered an error; retrying may succeed. */
public class DirectoryUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DirectoryUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
