package fr.openfun.mork.adapter.api;

import static fr.openfun.mork.adapter.api.ApiServer.ADMIN;
import static fr.openfun.mork.adapter.api.ApiServer.ASHLEY;
import static fr.openfun.mork.adapter.api.ApiServer.tree;
import static fr.openfun.mork.adapter.api.Fixtures.USER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.ServiceStatus;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A service key sees and acts on a user only once edX erased them, on every route, as {@code GET
 * /v1/users} already did: until then the user answers exactly as an unknown id. Admin keys see
 * everything. The three service-key tests failed before the controllers asked {@code findFor}: 200
 * with the user, 200 with its status, and a PATCH that changed it ("update deleted by ashley").
 */
class ServiceVisibilityIT {
  private static final String USER = "/v1/users/" + USER_ID;
  private static final String STATUS = USER + "/status/ashley";
  private static final String DELETED = "{\"deletion_status\":\"deleted\"}";
  private final ApiServer server = new ApiServer();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void givenAUserEdxHasNotErased_getUserWithAServiceKey_answersAsForAnUnknownId() {
    server.ledger.add(Fixtures.aUserEdxHasNotErased());

    HttpResponse<String> hidden = server.get(USER, ASHLEY);
    HttpResponse<String> unknown = server.get("/v1/users/" + UUID.randomUUID(), ASHLEY);

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(unknown.body());
  }

  @Test
  void givenAUserEdxHasNotErased_readStatusWithAServiceKey_answersAsForAnUnknownId() {
    server.ledger.add(Fixtures.aUserEdxHasNotErased());

    HttpResponse<String> hidden = server.get(STATUS, ASHLEY);
    HttpResponse<String> unknown =
        server.get("/v1/users/" + UUID.randomUUID() + "/status/ashley", ASHLEY);

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(unknown.body());
  }

  @Test
  void givenAUserEdxHasNotErased_patchWithItsServiceKey_answersAsForAnUnknownIdAndWritesNothing() {
    server.ledger.add(Fixtures.aUserEdxHasNotErased());

    HttpResponse<String> hidden = server.json("PATCH", STATUS, ASHLEY, DELETED);
    HttpResponse<String> unknown =
        server.json("PATCH", "/v1/users/" + UUID.randomUUID() + "/status/ashley", ASHLEY, DELETED);

    assertThat(hidden.statusCode()).isEqualTo(404);
    assertThat(hidden.body()).isEqualTo(unknown.body());
    assertThat(server.ledger.calls).isEmpty();
    assertThat(server.ledger.users.get(USER_ID).statusIn(ServiceName.of("ashley")))
        .map(ServiceStatus::status)
        .contains(DeletionStatus.TO_DELETE);
  }

  @Test
  void givenAUserEdxHasNotErased_adminKey_seesAndPatchesIt() {
    server.ledger.add(Fixtures.aUserEdxHasNotErased());

    HttpResponse<String> user = server.get(USER, ADMIN);
    HttpResponse<String> patched = server.json("PATCH", STATUS, ADMIN, DELETED);

    assertThat(user.statusCode()).isEqualTo(200);
    assertThat(patched.statusCode()).isEqualTo(200);
    assertThat(server.ledger.calls).containsExactly("update deleted by ops");
  }

  @Test
  void givenAUserEdxErased_serviceKey_seesAndPatchesIt() {
    server.ledger.add(Fixtures.aUser());

    HttpResponse<String> user = server.get(USER, ASHLEY);
    HttpResponse<String> patched = server.json("PATCH", STATUS, ASHLEY, DELETED);

    assertThat(tree(user.body()).path("id").asText()).isEqualTo(USER_ID.toString());
    assertThat(tree(patched.body()).path("status").asText()).isEqualTo("deleted");
  }
}
