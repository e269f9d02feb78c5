package fr.openfun.mork.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.TaskParameters;
import fr.openfun.mork.domain.model.TaskType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The body of {@code POST /v1/tasks}, a union discriminated by {@code type} as in the original:
 * {@code dry_run} defaults to true, unknown fields are ignored, errors are located like FastAPI's
 * ({@code ["body", "delete_user", "email"]}).
 */
record TaskRequest(TaskParameters parameters, boolean dryRun) {

  static final List<String> TYPES =
      Arrays.stream(TaskType.values()).map(TaskType::wireName).toList();

  static TaskRequest parse(JsonNode body) {
    if (!body.isObject()) {
      throw new ValidationException(
          FieldError.of(
              "model_attributes_type",
              "Input should be a valid dictionary or object to extract fields from",
              "body"));
    }
    JsonNode tag = body.get("type");
    if (tag == null || tag.isNull()) {
      throw new ValidationException(
          FieldError.of(
              "union_tag_not_found", "Unable to extract tag using discriminator 'type'", "body"));
    }
    if (!tag.isTextual() || !TYPES.contains(tag.asText())) {
      throw new ValidationException(
          FieldError.of(
              "union_tag_invalid",
              "Input tag does not match any of the expected tags: "
                  + String.join(", ", TYPES.stream().map(t -> "'" + t + "'").toList()),
              "body"));
    }
    TaskType type = TaskType.fromWire(tag.asText());
    BodyFields fields = new BodyFields(body, "body", type.wireName());
    boolean dryRun = fields.bool("dry_run", true);
    Optional<TaskParameters> parameters =
        switch (type) {
          case EMAIL_INACTIVE_USERS ->
              Optional.of(new TaskParameters.EmailInactiveUsers(limit(fields)));
          case EMAIL_USER -> {
            Optional<String> email = fields.email("email");
            Optional<String> username = fields.username("username");
            yield email.flatMap(e -> username.map(u -> new TaskParameters.EmailUser(e, u)));
          }
          case DELETE_INACTIVE_USERS ->
              Optional.of(
                  new TaskParameters.DeleteInactiveUsers(
                      limit(fields), fields.bool("force", false), List.of()));
          case DELETE_USER -> {
            Optional<String> email = fields.email("email");
            DeletionReason reason =
                fields
                    .choice("reason", List.of("user_requested", "gdpr"))
                    .map(DeletionReason::fromWire)
                    .orElse(DeletionReason.USER_REQUESTED);
            yield email.map(e -> new TaskParameters.DeleteUser(e, reason));
          }
        };
    fields.check();
    return new TaskRequest(parameters.orElseThrow(), dryRun);
  }

  private static OptionalInt limit(BodyFields fields) {
    return fields.positiveInt("limit");
  }
}
