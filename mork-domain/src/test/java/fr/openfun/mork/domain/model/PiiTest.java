package fr.openfun.mork.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiTest {

  @Test
  void givenTextWithEmails_scrub_masksEveryOne() {
    String text = "550 mailbox jane.doe@example.org unknown (cc: bob@mail.fr)";

    String scrubbed = Pii.scrub(text);

    assertThat(scrubbed)
        .isEqualTo("550 mailbox j***@e***.org unknown (cc: b***@m***.fr)")
        .doesNotContain("jane.doe", "bob@");
  }

  @Test
  void givenAnEmailStartingWithAnEmoji_maskEmail_keepsTheWholeCharacter() {
    String email = "\uD83D\uDE00smile@example.org";

    String masked = Pii.maskEmail(email);

    assertThat(masked).isEqualTo("\uD83D\uDE00***@e***.org");
  }

  @Test
  void givenAnAddressWithoutAt_maskEmail_keepsOnlyItsFirstCharacter() {
    String notAnEmail = "jane.doe";

    String masked = Pii.maskEmail(notAnEmail);

    assertThat(masked).isEqualTo("j***");
  }

  @Test
  void givenAUsername_maskUsername_keepsOnlyItsFirstCharacter() {
    String username = "jane_doe";

    String masked = Pii.maskUsername(username);

    assertThat(masked).isEqualTo("j***");
  }
}
