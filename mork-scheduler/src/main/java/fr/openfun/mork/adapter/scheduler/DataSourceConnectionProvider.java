package fr.openfun.mork.adapter.scheduler;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Hands Quartz connections from the application's pool; the application closes the pool. */
final class DataSourceConnectionProvider implements ConnectionProvider {
  private final DataSource dataSource;

  DataSourceConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return dataSource.getConnection();
  }

  @Override
  public void shutdown() {
    // The pool belongs to the application, which may still use it.
  }

  @Override
  public void initialize() {
    // Nothing to set up: the pool is ready.
  }
}
