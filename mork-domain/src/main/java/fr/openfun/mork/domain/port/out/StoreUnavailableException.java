package fr.openfun.mork.domain.port.out;

/**
 * Mork's own store could not be reached or lost the connection (restart, failover, network);
 * retrying later may succeed. Repositories throw it instead of a plain failure so that a task waits
 * ({@code RETRY}) rather than ending {@code FAILURE}.
 */
public class StoreUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreUnavailableException(String message) {
    super(message);
  }
}
