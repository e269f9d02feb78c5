package fr.openfun.mork.app.demo;

import fr.openfun.mork.app.demo.DemoUser.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The wiki article (protected content, with its revision cycle) and a forum discussion. */
final class DemoContent {
  private final Connection connection;
  private final Instant now;

  DemoContent(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void insert(List<DemoUser> users) throws SQLException {
    long wikiAuthor = first(users, Kind.WIKI_AUTHOR);
    long forumAuthor = first(users, Kind.FORUM_AUTHOR);
    List<DemoUser> recent = users.stream().filter(u -> u.kind() == Kind.RECENT).toList();
    String created =
        "'" + DemoRows.time(now.minus(Duration.ofDays(2600))).toString().replace('T', ' ') + "'";
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO wiki_article (id, created, modified, group_read, other_read, owner_id)"
              + " VALUES (1, "
              + created
              + ", "
              + created
              + ", 1, 1, "
              + wikiAuthor
              + ")");
      s.executeUpdate(
          "INSERT INTO wiki_articlerevision (id, revision_number, user_message, content, title,"
              + " created, article_id, previous_revision_id, user_id) VALUES (1, 1, 'first', "
              + "'Course glossary', 'Glossary', "
              + created
              + ", 1, NULL, "
              + wikiAuthor
              + ")");
      s.executeUpdate(
          "INSERT INTO wiki_articlerevision (id, revision_number, user_message, content, title,"
              + " created, article_id, previous_revision_id, user_id) VALUES (2, 2, 'typos', "
              + "'Course glossary, fixed', 'Glossary', "
              + created
              + ", 1, 1, "
              + recent.get(0).id()
              + ")");
      s.executeUpdate("UPDATE wiki_article SET current_revision_id = 2 WHERE id = 1");
      s.executeUpdate(
          "INSERT INTO forum_thread (id, course_id, title, body, created,"
              + " author_id) VALUES (1, 'course-v1:FUN+Python101+2019', 'Exercise 3?', "
              + "'How do I read a file?', "
              + created
              + ", "
              + forumAuthor
              + ")");
      s.executeUpdate(
          "INSERT INTO forum_comment (id, body, created, thread_id, parent_id,"
              + " author_id) VALUES (1, 'Use open().', "
              + created
              + ", 1, NULL, "
              + recent.get(1).id()
              + ")");
      s.executeUpdate(
          "INSERT INTO forum_comment (id, body, created, thread_id, parent_id,"
              + " author_id) VALUES (2, 'Thanks!', "
              + created
              + ", 1, 1, "
              + forumAuthor
              + ")");
      s.executeUpdate(
          "INSERT INTO forum_comment (id, body, created, thread_id, parent_id,"
              + " author_id) VALUES (3, 'With a context manager.', "
              + created
              + ", 1, 2, "
              + recent.get(2).id()
              + ")");
    }
  }

  private static long first(List<DemoUser> users, Kind kind) {
    return users.stream().filter(u -> u.kind() == kind).findFirst().orElseThrow().id();
  }
}
