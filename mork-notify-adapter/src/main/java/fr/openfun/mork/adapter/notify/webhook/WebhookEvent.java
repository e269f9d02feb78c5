package fr.openfun.mork.adapter.notify.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.openfun.mork.domain.model.ErasureRequest;

/** The JSON body of a {@code user.deletion_requested} event; field names are the wire contract. */
@JsonPropertyOrder({
  "type",
  "ledger_id",
  "edx_user_id",
  "email",
  "username",
  "reason",
  "requested_at"
})
record WebhookEvent(
    @JsonProperty("type") String type,
    @JsonProperty("ledger_id") String ledgerId,
    @JsonProperty("edx_user_id") long edxUserId,
    @JsonProperty("email") String email,
    @JsonProperty("username") String username,
    @JsonProperty("reason") String reason,
    @JsonProperty("requested_at") String requestedAt) {

  static final String DELETION_REQUESTED = "user.deletion_requested";

  static WebhookEvent deletionRequested(ErasureRequest request) {
    return new WebhookEvent(
        DELETION_REQUESTED,
        request.ledgerId().toString(),
        request.edxUserId(),
        request.email(),
        request.username(),
        request.reason().wireName(),
        request.requestedAt().toString());
  }
}
