package fr.openfun.mork.adapter.store;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.TaskParameters;

/**
 * JSON of task parameters and run reports. Parameters carry a {@code type} discriminator holding
 * the task type's wire name; reports are plain records and round-trip exactly.
 */
final class TaskJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addMixIn(TaskParameters.class, ParametersMixIn.class)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(
        value = TaskParameters.EmailInactiveUsers.class,
        name = "email_inactive_users"),
    @JsonSubTypes.Type(value = TaskParameters.EmailUser.class, name = "email_user"),
    @JsonSubTypes.Type(
        value = TaskParameters.DeleteInactiveUsers.class,
        name = "delete_inactive_users"),
    @JsonSubTypes.Type(value = TaskParameters.DeleteUser.class, name = "delete_user")
  })
  private interface ParametersMixIn {}

  String write(TaskParameters parameters) {
    return write((Object) parameters);
  }

  String write(RunReport report) {
    return write((Object) report);
  }

  TaskParameters parameters(String json) {
    return read(json, TaskParameters.class);
  }

  RunReport report(String json) {
    return read(json, RunReport.class);
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON");
    }
  }

  private <T> T read(String json, Class<T> type) {
    try {
      return mapper.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored " + type.getSimpleName() + " JSON is unreadable");
    }
  }
}
