package fr.openfun.mork.adapter.api;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@code /v1/users}: reading the ledger (v1) and a user's audit history (extension). */
final class UserController {
  static final String USER_NOT_FOUND = "User not found";
  static final List<String> STATUSES =
      Arrays.stream(DeletionStatus.values()).map(DeletionStatus::wireName).toList();

  private final GetLedgerUseCase ledger;
  private final Set<ServiceName> services;

  UserController(GetLedgerUseCase ledger, Set<ServiceName> services) {
    this.ledger = ledger;
    this.services = services;
  }

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/v1/users", this::search, Scope.LEDGER_READ);
    routes.addHttpHandler(HandlerType.GET, "/v1/users/{user_id}", this::get, Scope.LEDGER_READ);
    routes.addHttpHandler(
        HandlerType.GET, "/v1/users/{user_id}/history", this::history, Scope.ADMIN);
  }

  /** {@code limit=0} answers {@code []} as the original did; the domain query needs >= 1. */
  private void search(Context ctx) {
    Validator v = new Validator(services);
    Optional<String> email =
        v.text(ctx.queryParam("email"), BodyFields.MAX_EMAIL, "query", "email");
    Optional<String> username = v.text(ctx.queryParam("username"), 254, "query", "username");
    Optional<ServiceName> service = optionalService(v, ctx.queryParam("service"));
    Optional<DeletionStatus> status =
        ctx.queryParam("deletion_status") == null
            ? Optional.empty()
            : v.choice(
                ctx.queryParam("deletion_status"),
                STATUSES,
                DeletionStatus::fromWire,
                "query",
                "deletion_status");
    int offset = v.integer(ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE, "query", "offset");
    int limit = v.integer(ctx.queryParam("limit"), 100, 0, LedgerQuery.MAX_LIMIT, "query", "limit");
    v.check();
    if (limit == 0) {
      ctx.json(List.of());
      return;
    }
    LedgerQuery query = new LedgerQuery(email, username, service, status, offset, limit);
    Caller caller = ctx.attribute(Caller.ATTRIBUTE);
    List<MorkUser> found =
        caller == null || caller.isAdmin()
            ? ledger.search(query)
            : ledger.searchFor(caller.service().orElseThrow(), query);
    // streamed into the response: a page of 1000 users is ~420 KB, never held as one string
    ctx.writeJsonStream(found.stream().map(UserResponse::from));
  }

  /**
   * With {@code ?service=}, a user that service does not track is not found (as in v1); nor is a
   * user a service key may not see yet.
   */
  private void get(Context ctx) {
    Validator v = new Validator(services);
    Optional<UUID> id = v.uuid(ctx.pathParam("user_id"), "path", "user_id");
    Optional<ServiceName> service = optionalService(v, ctx.queryParam("service"));
    v.check();
    MorkUser user =
        AccessGuard.caller(ctx)
            .find(ledger, id.orElseThrow())
            .filter(u -> service.isEmpty() || u.statusIn(service.get()).isPresent())
            .orElseThrow(() -> ApiException.notFound(USER_NOT_FOUND));
    ctx.json(UserResponse.from(user));
  }

  private void history(Context ctx) {
    Validator v = new Validator(services);
    Optional<UUID> id = v.uuid(ctx.pathParam("user_id"), "path", "user_id");
    v.check();
    if (ledger.find(id.orElseThrow()).isEmpty()) {
      throw ApiException.notFound(USER_NOT_FOUND);
    }
    ctx.json(ledger.history(id.get()).stream().map(AuditEventResponse::from).toList());
  }

  private static Optional<ServiceName> optionalService(Validator v, String raw) {
    return raw == null ? Optional.empty() : v.service(raw, "query", "service");
  }
}
