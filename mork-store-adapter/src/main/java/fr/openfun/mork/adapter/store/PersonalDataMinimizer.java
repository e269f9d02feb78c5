package fr.openfun.mork.adapter.store;

import static fr.openfun.mork.adapter.store.Tables.STATUSES;
import static fr.openfun.mork.adapter.store.Tables.USERS;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.selectOne;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionStatus;
import fr.openfun.mork.domain.model.TaskParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Replaces the email and username of fully processed users (every status final since before the
 * cutoff) by their keyed hashes, in the ledger and in the parameters of tasks that named them.
 */
final class PersonalDataMinimizer {
  private static final Actor RETENTION = Actor.of("retention");
  private final Db db;
  private final PiiHasher hasher;
  private final AuditWriter audit;
  private final TaskJson json;

  PersonalDataMinimizer(Db db, PiiHasher hasher, AuditWriter audit, TaskJson json) {
    this.db = db;
    this.hasher = hasher;
    this.audit = audit;
    this.json = json;
  }

  int minimize(Instant cutoff, Instant now) {
    return db.tx(
        "minimising personal data",
        tx -> {
          List<Record> users =
              tx.select(Tables.USER_COLUMNS)
                  .from(USERS)
                  .where(Tables.U_MINIMIZED.isNull())
                  .andNotExists(
                      selectOne()
                          .from(STATUSES)
                          .where(Tables.S_USER.eq(Tables.U_ID))
                          .and(
                              not(Tables.S_STATUS.in(
                                      DeletionStatus.DELETED.wireName(),
                                      DeletionStatus.PROTECTED.wireName()))
                                  .or(Tables.S_UPDATED.ge(Db.at(cutoff)))))
                  .forUpdate()
                  .fetch();
          for (Record user : users) {
            minimize(tx, user, now);
          }
          return users.size();
        });
  }

  private void minimize(DSLContext tx, Record user, Instant now) {
    String email = user.get(Tables.U_EMAIL);
    String username = user.get(Tables.U_USERNAME);
    tx.update(USERS)
        .set(Tables.U_EMAIL, hasher.hash(email))
        .set(Tables.U_USERNAME, hasher.hash(username))
        .set(Tables.U_UPDATED, Db.at(now))
        .set(Tables.U_MINIMIZED, Db.at(now))
        .where(Tables.U_ID.eq(user.get(Tables.U_ID)))
        .execute();
    scrubTasks(tx, email, username);
    audit.append(
        tx, Events.user(now, RETENTION, "personal_data_minimized", user.get(Tables.U_ID), ""));
  }

  /** Tasks about one user (email_user, delete_user) name them: their parameters get the hashes. */
  private void scrubTasks(DSLContext tx, String email, String username) {
    var tasks =
        tx.select(TaskTable.ID, TaskTable.PARAMETERS)
            .from(TaskTable.TASKS)
            .where(TaskTable.PARAMETERS.containsIgnoreCase(email))
            .fetch();
    for (var task : tasks) {
      TaskParameters scrubbed = scrub(json.parameters(task.value2()), email, username);
      tx.update(TaskTable.TASKS)
          .set(TaskTable.PARAMETERS, json.write(scrubbed))
          .where(TaskTable.ID.eq(task.value1()))
          .execute();
    }
  }

  private TaskParameters scrub(TaskParameters parameters, String email, String username) {
    return switch (parameters) {
      case TaskParameters.EmailUser p ->
          new TaskParameters.EmailUser(
              same(p.email(), email) ? hasher.hash(email) : p.email(),
              same(p.username(), username) ? hasher.hash(username) : p.username());
      case TaskParameters.DeleteUser p ->
          same(p.email(), email)
              ? new TaskParameters.DeleteUser(hasher.hash(email), p.reason())
              : p;
      case TaskParameters.EmailInactiveUsers p -> p;
      case TaskParameters.DeleteInactiveUsers p -> p;
    };
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
