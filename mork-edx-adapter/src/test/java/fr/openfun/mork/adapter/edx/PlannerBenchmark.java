package fr.openfun.mork.adapter.edx;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;

/**
 * Benchmark harness (not a test): how long the planner takes to read a recent-LMS-sized schema.
 * Loads the real Dogwood LMS dump, adds {@code --extra} tables shaped like newer releases' (a user
 * column with a foreign key on even tables, without on odd ones, an actor column, a child table
 * every tenth), then times {@link JooqErasurePlanner#reload()} against the same two
 * information_schema queries read raw through JDBC, in alternating order. Arguments: {@code
 * --extra=450 --warmup=3 --runs=11}. See docs/performance.md.
 */
final class PlannerBenchmark {
  private PlannerBenchmark() {}

  public static void main(String[] args) throws Exception {
    int extra = EdxBenchmark.arg(args, "extra", 450);
    int warmup = EdxBenchmark.arg(args, "warmup", 3);
    int runs = EdxBenchmark.arg(args, "runs", 11);
    String dump = LmsSchemaFile.fromEnvironment().require().toString();
    try (TestMariaDb db = TestMariaDb.create("mork_plan_bench").load(dump)) {
      db.execute(extraTables(extra));
      long tables =
          db.count(
              "SELECT count(*) FROM information_schema.tables WHERE table_schema = database()");
      try (EdxDatabase database = new EdxDatabase(db.settings())) {
        JooqErasurePlanner planner =
            new JooqErasurePlanner(database, ErasureRules.defaults(), Clock.systemUTC());
        BenchStats plan = new BenchStats();
        BenchStats raw = new BenchStats();
        for (int run = 0; run < warmup + runs; run++) {
          boolean planFirst = run % 2 == 0;
          double a = planFirst ? time(planner::reload) : time(() -> rawRead(database));
          double b = planFirst ? time(() -> rawRead(database)) : time(planner::reload);
          if (run >= warmup) {
            plan.add(planFirst ? a : b);
            raw.add(planFirst ? b : a);
          }
        }
        var built = planner.plan();
        System.out.printf(
            "planner, %d tables (%d steps, %d unpoliced): %s ms; raw information_schema reads: %s"
                + " ms%n",
            tables,
            built.steps().size(),
            built.unpolicedColumns().size(),
            plan.format("%.0f"),
            raw.format("%.0f"));
      }
    }
  }

  private static String extraTables(int n) {
    StringBuilder sql = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sql.append("CREATE TABLE newer_app_table_")
          .append(i)
          .append(" (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL,")
          .append(" changed_by_id INT NULL, course_id VARCHAR(255) NOT NULL, payload LONGTEXT")
          .append(i % 2 == 0 ? ", FOREIGN KEY (user_id) REFERENCES auth_user (id)" : "")
          .append(", FOREIGN KEY (changed_by_id) REFERENCES auth_user (id));\n");
      if (i % 10 == 0) {
        sql.append("CREATE TABLE newer_app_child_")
            .append(i)
            .append(" (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, parent_id INT NOT NULL,")
            .append(" FOREIGN KEY (parent_id) REFERENCES newer_app_table_")
            .append(i)
            .append(" (id));\n");
      }
    }
    return sql.toString();
  }

  /** The planner's two queries, rows read and dropped: what any planner must at least pay. */
  private static void rawRead(EdxDatabase database) {
    try (Connection c = database.primaryDataSource().getConnection();
        Statement s = c.createStatement()) {
      drain(
          s.executeQuery(
              "SELECT table_name, column_name, data_type, is_nullable FROM"
                  + " information_schema.columns WHERE table_schema = database()"
                  + " ORDER BY table_name, ordinal_position"));
      drain(
          s.executeQuery(
              "SELECT table_name, column_name, referenced_table_name, referenced_column_name,"
                  + " constraint_name, ordinal_position FROM information_schema.key_column_usage"
                  + " WHERE table_schema = database() AND referenced_table_name IS NOT NULL"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void drain(ResultSet rs) throws Exception {
    try (rs) {
      while (rs.next()) {
        rs.getString(1);
      }
    }
  }

  private static double time(Runnable work) {
    long t = System.nanoTime();
    work.run();
    return (System.nanoTime() - t) / 1e6;
  }
}
