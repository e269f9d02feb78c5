package fr.openfun.mork.adapter.edx;

import java.time.Clock;

/**
 * Prints the erasure plan of an edX database: {@code PlanPrinter <jdbc-url> [user] [password]} (a
 * development aid, run with the test classpath).
 */
final class PlanPrinter {
  private PlanPrinter() {}

  public static void main(String[] args) {
    var settings =
        EdxDatabaseSettings.of(
            args[0],
            args.length > 1 ? args[1] : "root",
            args.length > 2 ? args[2] : "",
            EdxDialect.MARIADB);
    try (var database = new EdxDatabase(settings)) {
      var plan =
          new JooqErasurePlanner(database, ErasureRules.defaults(), Clock.systemUTC()).plan();
      plan.steps()
          .forEach(
              s ->
                  System.out.printf(
                      "%4d %-9s %-70s -> %s.%s  (%s)%n",
                      s.order(),
                      s.action().wireName(),
                      s.edge(),
                      s.parentTable(),
                      s.parentColumn(),
                      s.reason()));
      System.out.println("unpoliced: " + plan.unpolicedColumns());
      System.out.println(
          "fingerprint: "
              + plan.fingerprint()
              + ", steps: "
              + plan.steps().size()
              + ", tables: "
              + plan.steps().stream().map(s -> s.table()).distinct().count());
    }
  }
}
