package fr.openfun.mork.adapter.api.console;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger: search by ledger id or (partial) email, shown masked; one user's status per service
 * with attempts and last error, retry now and mark skipped (the API's rules, enforced by the
 * domain), and the user's audit trail.
 */
final class LedgerPages {
  private final ConsoleRequests requests;
  private final ApiUseCases useCases;
  private final List<ServiceName> services;

  LedgerPages(ConsoleRequests requests, ApiUseCases useCases, List<ServiceName> services) {
    this.requests = requests;
    this.useCases = useCases;
    this.services = services;
  }

  void search(Context ctx, Session session) {
    String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (q.length() > 254) {
      throw ConsoleException.badInput("The search is at most 254 characters.");
    }
    Optional<UUID> id = Form.parseUuid(q);
    if (id.isPresent()) {
      ConsoleRequests.redirect(ctx, "/ledger/" + id.get());
      return;
    }
    List<MorkUser> found =
        q.isEmpty()
            ? List.of()
            : useCases
                .getLedger()
                .search(
                    new LedgerQuery(
                        Optional.of(q),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        0,
                        100));
    Map<String, Object> model = new HashMap<>();
    model.put("q", q);
    model.put("searched", !q.isEmpty());
    model.put("users", found.stream().map(Views.UserView::of).toList());
    requests.render(ctx, session, "ledger", model);
  }

  void show(Context ctx, Session session) {
    UUID id = Form.uuid(ctx.pathParam("id"), "ledger id");
    MorkUser user =
        useCases.getLedger().find(id).orElseThrow(() -> ConsoleException.notFound("User"));
    Map<String, Object> model = new HashMap<>();
    model.put("user", Views.UserView.of(user));
    model.put(
        "events", useCases.getLedger().history(id).stream().map(Views.EventView::of).toList());
    requests.render(ctx, session, "user", model);
  }

  void retry(Context ctx, Session session) {
    UUID id = Form.uuid(ctx.pathParam("id"), "ledger id");
    useCases
        .updateStatus()
        .retry(id, service(ctx), session.actor())
        .orElseThrow(() -> ConsoleException.notFound("User status"));
    ConsoleRequests.redirect(ctx, "/ledger/" + id);
  }

  void skip(Context ctx, Session session) {
    UUID id = Form.uuid(ctx.pathParam("id"), "ledger id");
    String reason = Form.text(ctx.formParam("reason"), 500, "reason");
    useCases
        .updateStatus()
        .skip(id, service(ctx), reason, session.actor())
        .orElseThrow(() -> ConsoleException.notFound("User status"));
    ConsoleRequests.redirect(ctx, "/ledger/" + id);
  }

  private ServiceName service(Context ctx) {
    String raw = ctx.pathParam("service");
    return services.stream()
        .filter(s -> s.value().equals(raw))
        .findFirst()
        .orElseThrow(() -> ConsoleException.badInput("Unknown service."));
  }
}
