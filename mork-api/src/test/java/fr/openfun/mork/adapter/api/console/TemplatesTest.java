package fr.openfun.mork.adapter.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private final Templates templates = new Templates();

  @Test
  void givenMarkupInAValue_render_escapesIt() {
    String hostile = "<script>alert('x')</script>\"&";

    String html = templates.render("error", Map.of("status", 409, "message", hostile));

    assertThat(html)
        .doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
  }

  @Test
  void givenNoSession_render_showsNoNavigationNorSignOut() {
    String html = templates.render("error", Map.of("status", 404, "message", "Task not found"));

    assertThat(html).contains("Error 404", "Task not found").doesNotContain("sign-out");
  }

  @Test
  void givenUnpolicedColumns_thePlanPage_highlightsEachAndOffersTheAcknowledgement() {
    Map<String, Object> model = new java.util.HashMap<>();
    model.put("operator", "console:ops");
    model.put("csrf", "token-123");
    model.put("steps", java.util.List.of());
    model.put("unpoliced", java.util.List.of("badge.user_id", "note.author_id"));
    model.put("protecting", java.util.List.of());
    model.put("fingerprint", "abc123");
    model.put("readAt", "2026-03-01 10:00:00 UTC");
    model.put("drift", new Views.Verdict("blocked", "unpoliced user columns"));
    model.put("acknowledgeable", true);

    String html = templates.render("plan", model);

    assertThat(html)
        .contains(
            "<li class=\"unpoliced\"><code>badge.user_id</code></li>",
            "<li class=\"unpoliced\"><code>note.author_id</code></li>",
            "name=\"fingerprint\" value=\"abc123\"",
            "name=\"csrf\" value=\"token-123\"");
  }
}
