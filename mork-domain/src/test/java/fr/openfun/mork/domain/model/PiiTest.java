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
}
