package fr.openfun.mork.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.LedgerQuery;
import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.in.DeleteInactiveUsersUseCase;
import fr.openfun.mork.domain.port.in.DeleteUserUseCase;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The runs the reliability tests drive through Mork's real use cases, and the stubs they share. */
final class MorkRuns {
  private MorkRuns() {}

  /** The end-to-end environment with fast Sarbacane calls, plus {@code overrides}. */
  static Map<String, String> environment(E2eServers servers, Map<String, String> overrides) {
    Map<String, String> env = new HashMap<>(servers.environment());
    env.put("MORK_SARBACANE_RATE_LIMIT", "1000/s");
    env.put("MORK_SARBACANE_MAX_RETRY_WAIT", "PT0.1S");
    env.putAll(overrides);
    return env;
  }

  /** Sarbacane answering as the real one does for one list and one blacklist. */
  static void stubSarbacane(E2eServers servers) {
    String json = "application/json";
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/lists"))
            .willReturn(
                aResponse().withHeader("Content-Type", json).withBody("[{\"id\":\"l1\"}]")));
    servers.sarbacane.stubFor(
        get(urlPathEqualTo("/blacklists"))
            .willReturn(
                aResponse().withHeader("Content-Type", json).withBody("[{\"id\":\"b1\"}]")));
    servers.sarbacane.stubFor(
        delete(urlPathMatching("/(lists|blacklists)/.*"))
            .willReturn(aResponse().withHeader("Content-Type", json).withBody("{}")));
  }

  static RunReport warn(DomainServices services) {
    return services
        .warnInactiveUsers()
        .warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(false, OptionalInt.empty(), 0), RunObserver.NONE);
  }

  static RunReport deleteInactive(DomainServices services, boolean dryRun, boolean force) {
    return services
        .deleteInactiveUsers()
        .deleteInactiveUsers(
            new DeleteInactiveUsersUseCase.Command(dryRun, OptionalInt.empty(), force, List.of()),
            RunObserver.NONE);
  }

  static RunReport deleteUser(DomainServices services, String email, boolean dryRun) {
    return services
        .deleteUser()
        .deleteUser(new DeleteUserUseCase.Command(email, DeletionReason.USER_REQUESTED, dryRun));
  }

  static ReconcileServiceUseCase.Result reconcile(DomainServices services, String service) {
    return services
        .reconcile()
        .reconcile(new ReconcileServiceUseCase.Command(ServiceName.of(service), 1000));
  }

  /** Reconciles edX, then Sarbacane. */
  static void reconcileAll(DomainServices services) {
    reconcile(services, "edx");
    reconcile(services, "sarbacane");
  }

  /** edX ids of the ledger users whose status in {@code service} is {@code status}. */
  static List<Long> withStatus(DomainServices services, String service, DeletionStatus status) {
    return services
        .getLedger()
        .search(
            new LedgerQuery(
                Optional.empty(),
                Optional.empty(),
                Optional.of(ServiceName.of(service)),
                Optional.of(status),
                0,
                1000))
        .stream()
        .map(MorkUser::edxUserId)
        .sorted()
        .toList();
  }

  static long ledgerSize(DomainServices services) {
    return services.getLedger().count(LedgerQuery.all());
  }
}
