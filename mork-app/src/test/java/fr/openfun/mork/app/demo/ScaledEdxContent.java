package fr.openfun.mork.app.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Wiki articles (protected content) owned by some deletable users, and forum discussions mixing
 * deletable and active users: threads by deletable users answered by active ones, who are answered
 * in turn (depth three), and threads by active users with a deletable user's reply.
 */
final class ScaledEdxContent {
  private final Connection connection;
  private final Instant now;

  ScaledEdxContent(Connection connection, Instant now) {
    this.connection = connection;
    this.now = now;
  }

  void insert(List<Long> active, List<Long> deletable, List<Long> wikiAuthors) throws SQLException {
    String created =
        "'" + DemoRows.time(now.minus(Duration.ofDays(2600))).toString().replace('T', ' ') + "'";
    ScaledEdxSeed.batch(
        connection,
        "INSERT INTO wiki_article (id, created, modified, group_read, other_read, owner_id)"
            + " VALUES (?, "
            + created
            + ", "
            + created
            + ", 1, 1, ?)",
        wikiAuthors,
        (s, author) -> {
          s.setLong(1, author);
          s.setLong(2, author);
        });
    ScaledEdxSeed.batch(
        connection,
        "INSERT INTO wiki_articlerevision (id, revision_number, user_message, content, title,"
            + " created, article_id, previous_revision_id, user_id) VALUES (?, 1, 'first',"
            + " 'Glossary', 'Glossary', "
            + created
            + ", ?, NULL, ?)",
        wikiAuthors,
        (s, author) -> {
          s.setLong(1, author);
          s.setLong(2, author);
          s.setLong(3, author);
        });
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("UPDATE wiki_article SET current_revision_id = id");
    }
    List<long[]> threads = new ArrayList<>();
    List<long[]> comments = new ArrayList<>();
    List<Long> starters = deletable.stream().filter(id -> id % 10 == 0).toList();
    for (int i = 0; i < starters.size(); i++) {
      long thread = threads.size() + 1;
      long starter = starters.get(i);
      threads.add(new long[] {thread, starter});
      long answer = comments.size() + 1;
      comments.add(new long[] {answer, thread, 0, active.get(i % active.size())});
      comments.add(new long[] {answer + 1, thread, answer, starter});
      comments.add(
          new long[] {answer + 2, thread, answer + 1, active.get((i + 1) % active.size())});
    }
    List<Long> activeStarters = active.stream().filter(id -> id % 10 == 0).toList();
    for (int i = 0; i < activeStarters.size(); i++) {
      long thread = threads.size() + 1;
      threads.add(new long[] {thread, activeStarters.get(i)});
      long answer = comments.size() + 1;
      comments.add(new long[] {answer, thread, 0, active.get((i + 3) % active.size())});
      comments.add(new long[] {answer + 1, thread, answer, deletable.get(i % deletable.size())});
    }
    ScaledEdxSeed.batch(
        connection,
        "INSERT INTO forum_thread (id, course_id, title, body, created, author_id)"
            + " VALUES (?, 'course-v1:FUN+Python101+2019', ?, ?, "
            + created
            + ", ?)",
        threads,
        (s, t) -> {
          s.setLong(1, t[0]);
          s.setString(2, "Exercise " + t[0] + "?");
          s.setString(3, "How do I read file " + t[0] + "?");
          s.setLong(4, t[1]);
        });
    ScaledEdxSeed.batch(
        connection,
        "INSERT INTO forum_comment (id, body, created, thread_id, parent_id, author_id)"
            + " VALUES (?, ?, "
            + created
            + ", ?, ?, ?)",
        comments,
        (s, c) -> {
          s.setLong(1, c[0]);
          s.setString(2, "Answer " + c[0]);
          s.setLong(3, c[1]);
          s.setObject(4, c[2] == 0 ? null : c[2]);
          s.setLong(5, c[3]);
        });
  }
}
