package fr.openfun.mork.app.cli;

import fr.openfun.mork.domain.model.MorkUser;
import fr.openfun.mork.domain.model.Pii;
import java.util.Comparator;
import java.util.List;

/**
 * {@code mork users --json}: the fields of the API's {@code UserRead}, with the email and username
 * masked as in the text output (a terminal or a CI log is no place for them).
 */
record UserJson(
    String id,
    String username,
    long edxUserId,
    String email,
    String reason,
    List<Status> serviceStatuses,
    String createdAt,
    String updatedAt) {

  record Status(String serviceName, String status) {}

  static UserJson from(MorkUser user) {
    return new UserJson(
        user.id().toString(),
        Pii.maskUsername(user.username()),
        user.edxUserId(),
        Pii.maskEmail(user.email()),
        user.reason().wireName(),
        user.serviceStatuses().stream()
            .map(s -> new Status(s.service().value(), s.status().wireName()))
            .sorted(Comparator.comparing(Status::serviceName))
            .toList(),
        CliJson.timestamp(user.createdAt()),
        CliJson.timestamp(user.updatedAt()));
  }
}
