package fr.openfun.mork.adapter.store;

import fr.openfun.mork.domain.port.out.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The heartbeat's {@code database} check: a pooled connection answers within two seconds. */
final class DatabaseHealthCheck implements HealthCheck {
  private final DataSource dataSource;

  DatabaseHealthCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public String name() {
    return "database";
  }

  @Override
  public boolean healthy() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
