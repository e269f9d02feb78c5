package fr.openfun.mork.adapter.edx;

import java.util.regex.Pattern;

/**
 * Tells an actor reference from the user's own data by the column's name, the way edX (Django)
 * names them: {@code changed_by_id}, {@code created_by_id}, {@code invalidated_by_id}, {@code
 * set_by_user_id}, {@code history_user_id}, {@code created_user_id}, {@code requester_id}, {@code
 * sender_id}, {@code reviewer_id}... A row that names a user this way is a record about something
 * else (another learner's standing, a course's coupon, a certificate's invalidation) that the user
 * merely acted on: erasing the actor must not erase the record.
 */
final class Ownership {
  private static final Pattern ACTOR =
      Pattern.compile(
          "(.+_by|.+_by_id|.+_by_user_id|history_user_id"
              + "|(created|updated|changed|modified|reviewing|requesting|approved|assigned|granted"
              + "|revoked|verified|graded)_user_id"
              + "|reviewer_id|requester_id|sender_id|grader_id|scorer_id|approver_id)");

  private Ownership() {}

  /** Whether {@code column} names the user as the actor of a record, not as its subject. */
  static boolean actor(String column) {
    return ACTOR.matcher(column).matches();
  }
}
