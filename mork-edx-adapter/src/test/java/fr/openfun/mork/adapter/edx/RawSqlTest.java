package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RawSqlTest {
  private final RawSql sql = new RawSql(DSL.using(SQLDialect.MARIADB));

  @Test
  void givenWholeNumberKeys_in_inlinesThemWithoutBindValues() {
    List<Object> binds = new ArrayList<>();
    StringBuilder q = new StringBuilder();

    sql.in(q, "user_id", List.of(List.of(1), List.of(42L)), binds);

    assertThat(q).hasToString("`user_id` IN (1, 42)");
    assertThat(binds).isEmpty();
  }

  @Test
  void givenTextKeys_in_bindsThemAndNeverWritesThemIntoTheSql() {
    List<Object> binds = new ArrayList<>();
    StringBuilder q = new StringBuilder();

    sql.in(q, "email", List.of(List.of("o'brien@x.org'); DROP TABLE auth_user; --")), binds);

    assertThat(q).hasToString("`email` IN (?)");
    assertThat(binds).containsExactly("o'brien@x.org'); DROP TABLE auth_user; --");
  }

  @Test
  void givenCompositeKeys_in_matchesRowValues() {
    List<Object> binds = new ArrayList<>();
    StringBuilder q = new StringBuilder();

    sql.in(q, "user_id,course_id", List.of(List.of(7, "course-v1:A")), binds);

    assertThat(q).hasToString("(`user_id`, `course_id`) IN ((7, ?))");
    assertThat(binds).containsExactly("course-v1:A");
  }
}
