package fr.openfun.mork.app;

import fr.openfun.mork.app.config.MorkConfig;
import java.io.PrintStream;

/** What the embedded demo prints at start: where it runs, its API key and three things to try. */
final class DemoBanner {
  private DemoBanner() {}

  static void print(MorkConfig config, int port) {
    String key = config.apiKeys().keys().get(0).value();
    String base = "http://localhost:" + port;
    PrintStream out = System.out;
    out.println();
    out.println("Mork is running on " + base + " (API docs: " + base + "/docs)");
    out.println("Data: " + config.dataDir().toAbsolutePath() + " (H2 store, demo edX database)");
    out.println("Mail: written to " + config.email().outboxDir().toAbsolutePath());
    out.println("Demo API key (generated for this run): " + key);
    out.println();
    out.println("Try:");
    out.println("  # 1. a dry-run deletion of inactive users (changes nothing, reports the plan)");
    out.println(
        "  curl -s -X POST -H 'X-API-Key: "
            + key
            + "' -H 'Content-Type: application/json' \\\n"
            + "       -d '{\"type\":\"delete_inactive_users\"}' "
            + base
            + "/v1/tasks");
    out.println("  # 2. read that task (use the id printed by 1.)");
    out.println("  curl -s -H 'X-API-Key: " + key + "' " + base + "/v1/tasks/<id>");
    out.println("  # 3. list the ledger of users to delete");
    out.println("  curl -s -H 'X-API-Key: " + key + "' '" + base + "/v1/users?limit=10'");
    out.println();
    out.flush();
  }
}
