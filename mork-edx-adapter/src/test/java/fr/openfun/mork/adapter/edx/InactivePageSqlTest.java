package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class InactivePageSqlTest {
  private static final Instant CUTOFF = Instant.parse("2020-01-01T00:00:00Z");
  private final DSLContext dsl = DSL.using(SQLDialect.MARIADB);
  private final ActivityProbes probes =
      new ActivityProbes(List.of(ActivityProbe.parse("authtoken_token.user_id.created")));

  private InactivePageSql sqlFor(RetiredPlaceholder retired) {
    return new InactivePageSql(
        (c, a, l) -> JooqEdxUserDirectory.pageQuery(dsl, retired.excluded(), probes, c, a, l));
  }

  // jOOQ binds the limit as a Long, the directory as an Integer: the same number for the driver
  private static List<Object> numbersAsLongs(List<Object> values) {
    return values.stream().map(v -> v instanceof Number n ? (Object) n.longValue() : v).toList();
  }

  @Test
  void givenAPlaceholderName_binds_areTheValuesJooqWouldBindForThatPage() {
    var retired = RetiredPlaceholder.named("old.retired-42");
    var fresh = JooqEdxUserDirectory.pageQuery(dsl, retired.excluded(), probes, CUTOFF, 42, 500);

    var page = sqlFor(retired);

    assertThat(page.sql()).isEqualTo(fresh.getSQL()).doesNotContain("old.retired", "500");
    assertThat(numbersAsLongs(page.binds(CUTOFF, 42, 500)))
        .containsExactlyElementsOf(numbersAsLongs(fresh.getBindValues()));
  }

  @Test
  void givenAPlaceholderIdEqualToALaterCursor_binds_keepThePlaceholderIdAsIs() {
    var retired = RetiredPlaceholder.withId(11);
    var fresh = JooqEdxUserDirectory.pageQuery(dsl, retired.excluded(), probes, CUTOFF, 7, 11);

    var binds = sqlFor(retired).binds(CUTOFF, 7, 11);

    assertThat(numbersAsLongs(binds))
        .containsExactlyElementsOf(numbersAsLongs(fresh.getBindValues()));
  }

  @Test
  void givenAQueryThatWritesAValueIntoItsText_construction_isRefused() {
    InactivePageSql.Builder inlined =
        (c, a, l) -> dsl.selectOne().from(AuthUser.TABLE).where(AuthUser.ID.gt(DSL.inline(a)));

    assertThatThrownBy(() -> new InactivePageSql(inlined))
        .isInstanceOf(IllegalStateException.class);
  }
}
