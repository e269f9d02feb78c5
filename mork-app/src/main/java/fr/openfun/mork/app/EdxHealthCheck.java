package fr.openfun.mork.app;

import fr.openfun.mork.domain.port.out.EdxUserDirectory;
import fr.openfun.mork.domain.port.out.HealthCheck;

/** The heartbeat's {@code edx} part: the edX database answers a count of its users. */
final class EdxHealthCheck implements HealthCheck {
  private final EdxUserDirectory directory;

  EdxHealthCheck(EdxUserDirectory directory) {
    this.directory = directory;
  }

  @Override
  public String name() {
    return "edx";
  }

  @Override
  public boolean healthy() {
    try {
      directory.findById(1);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
