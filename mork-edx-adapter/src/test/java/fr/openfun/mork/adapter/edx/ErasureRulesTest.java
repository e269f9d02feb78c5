package fr.openfun.mork.adapter.edx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.openfun.mork.domain.model.PlanAction;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ErasureRulesTest {

  @Test
  void givenTableRule_parse_readsTableAndAction() {
    String text = "# comment\n\nwiki_article   protect   # trailing comment\n";

    var rules = ErasureRules.parse(text, "ops.rules");

    var rule = rules.forTable("wiki_article").orElseThrow();
    assertThat(rule.action()).isEqualTo(PlanAction.PROTECT);
    assertThat(rule.source()).isEqualTo("ops.rules:3");
  }

  @Test
  void givenColumnRuleWithRef_parse_keepsTheReferencedColumn() {
    String text = "student_courseenrollmentallowed.email delete ref=auth_user.email";

    var rule = ErasureRules.parse(text, "r").forColumn("student_courseenrollmentallowed", "email");

    assertThat(rule).map(ErasureRule::refTable).contains("auth_user");
    assertThat(rule).map(ErasureRule::refColumn).contains("email");
  }

  @Test
  void givenAnonymizeValues_parse_readsQuotedBareAndNullValues() {
    String text =
        "forum_comment.author_id anonymize author_id=null body=\"[removed by \\\"Mork\\\"]\" n=0";

    var rule = ErasureRules.parse(text, "r").forColumn("forum_comment", "author_id").orElseThrow();

    assertThat(rule.set())
        .isEqualTo(
            Map.of(
                "author_id",
                Optional.empty(),
                "body",
                Optional.of("[removed by \"Mork\"]"),
                "n",
                Optional.of("0")));
  }

  @Test
  void givenUnknownAction_parse_failsNamingTheLine() {
    String text = "a delete\nb erase\n";

    var error = assertThatThrownBy(() -> ErasureRules.parse(text, "ops.rules"));

    error
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ops.rules:2")
        .hasMessageContaining("erase");
  }

  @Test
  void givenValuesOnANonAnonymizeRule_parse_fails() {
    String text = "t.c delete body=x";

    var error = assertThatThrownBy(() -> ErasureRules.parse(text, "r"));

    error.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anonymize");
  }

  @Test
  void givenOperatorRules_overriddenBy_replacesTheSameTargetOnly() {
    var defaults = ErasureRules.defaults();

    var merged = defaults.overriddenBy(ErasureRules.parse("wiki_article delete", "ops"));

    assertThat(merged.forTable("wiki_article"))
        .map(ErasureRule::action)
        .contains(PlanAction.DELETE);
    assertThat(merged.forTable("authtoken_token"))
        .map(ErasureRule::action)
        .contains(PlanAction.PROTECT);
  }

  @Test
  void givenShippedDefaults_defaults_protectTheOriginalMorkTables() {
    var rules = ErasureRules.defaults();

    var protectedTables =
        rules.byTarget().values().stream()
            .filter(r -> r.action() == PlanAction.PROTECT)
            .map(ErasureRule::table)
            .toList();

    assertThat(protectedTables)
        .containsExactlyInAnyOrder(
            "authtoken_token",
            "certificates_certificatehtmlviewconfiguration",
            "contentstore_videouploadconfig",
            "course_action_state_coursererunstate",
            "course_creators_coursecreator",
            "dark_lang_darklangconfig",
            "util_ratelimitconfiguration",
            "verify_student_historicalverificationdeadline",
            "wiki_article",
            "wiki_articlerevision");
  }

  @Test
  void givenReassignAction_parse_readsIt() {
    var rules = ErasureRules.parse("teams_courseteam.created_by_id reassign", "r");

    assertThat(rules.forColumn("teams_courseteam", "created_by_id"))
        .hasValueSatisfying(r -> assertThat(r.action()).isEqualTo(PlanAction.REASSIGN));
  }
}
