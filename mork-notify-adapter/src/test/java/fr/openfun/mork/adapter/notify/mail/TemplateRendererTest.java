package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

  private final TemplateRenderer renderer = new TemplateRenderer(Optional.empty());
  private final TemplateModels models = new TemplateModels(MailFixtures.settings());

  @Test
  void givenScriptUsername_renderHtml_escapesIt() {
    Map<String, Object> model =
        models.warning(MailFixtures.aWarning("<script>x</script>", "a@b.fr"));

    String html = renderer.render("warning-html.ftlh", Locale.FRENCH, model);

    assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>");
  }

  @Test
  void givenFrenchWarning_renderText_statesDateDaysAndLoginLink() {
    Map<String, Object> model = models.warning(MailFixtures.aWarning("jean", "a@b.fr"));

    String text = renderer.render("warning-text.ftl", Locale.FRENCH, model);

    assertThat(text)
        .contains("12 mars 2026")
        .contains("dans 30 jours")
        .contains("https://fun-mooc.example/login")
        .contains("rappel 1 sur 2");
  }

  @Test
  void givenEnglishLocale_renderSubject_isEnglish() {
    MailSettings english = MailFixtures.withLocale(MailFixtures.settings(), Locale.ENGLISH);
    Map<String, Object> model =
        new TemplateModels(english).warning(MailFixtures.aWarning("jean", "a@b.fr"));

    String subject = renderer.render("warning-subject.ftl", Locale.ENGLISH, model);

    assertThat(subject)
        .isEqualTo("Reminder 1: your FUN MOOC account will be deleted on March 12, 2026\n");
  }
}
