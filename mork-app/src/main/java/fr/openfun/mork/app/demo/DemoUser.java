package fr.openfun.mork.app.demo;

import java.time.Instant;
import java.util.Optional;

/** One generated edX user of the demo database, and which story it tells. */
record DemoUser(
    long id,
    String username,
    String firstName,
    String lastName,
    Optional<Instant> lastLogin,
    Instant dateJoined,
    boolean staff,
    boolean superuser,
    Kind kind) {

  /** The stories the demo shows. */
  enum Kind {
    RECENT,
    INACTIVE,
    NEVER_LOGGED_IN,
    ALMOST_INACTIVE,
    STAFF,
    WIKI_AUTHOR,
    FORUM_AUTHOR
  }

  String email() {
    return username + "@example.org";
  }
}
