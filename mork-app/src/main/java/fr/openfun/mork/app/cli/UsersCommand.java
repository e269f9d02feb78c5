package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.Pii;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "Search the ledger: users to erase and their status in every service.")
final class UsersCommand implements Callable<Integer> {
  private final CliContext context;

  @Mixin QuietOption quiet = new QuietOption();

  @Option(names = "--email", description = "Part of the email (case-insensitive).")
  String email;

  @Option(names = "--username", description = "Part of the username (case-insensitive).")
  String username;

  @Option(names = "--service", description = "Only this service, e.g. edx, joanie.")
  String service;

  @Option(names = "--status", description = "to_delete, deleting, deleted or protected.")
  String status;

  @Option(names = "--offset", defaultValue = "0")
  int offset;

  @Option(names = "--limit", defaultValue = "50", description = "At most N users (default 50).")
  int limit;

  @Option(
      names = "--json",
      description = "Print a JSON list (the fields of GET /v1/users, email and username masked).")
  boolean json;

  UsersCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var query =
        new LedgerQuery(
            Optional.ofNullable(email),
            Optional.ofNullable(username),
            Optional.ofNullable(service).map(ServiceName::of),
            Optional.ofNullable(status).map(DeletionStatus::fromWire),
            offset,
            limit);
    var ledger = context.runtime().operations().ledger();
    PrintWriter out = context.out();
    if (json) {
      CliJson.print(ledger.search(query).stream().map(UserJson::from).toList(), out);
      return 0;
    }
    out.println(ledger.count(query) + " users");
    for (MorkUser user : ledger.search(query)) {
      out.printf(
          "%s  #%-8d %-24s %-14s %s%n",
          user.id(),
          user.edxUserId(),
          Pii.maskEmail(user.email()),
          user.reason().wireName(),
          user.serviceStatuses().stream()
              .map(UsersCommand::status)
              .collect(Collectors.joining(" ")));
    }
    out.flush();
    return 0;
  }

  private static String status(ServiceStatus status) {
    return status.service() + "=" + status.status().wireName();
  }
}
