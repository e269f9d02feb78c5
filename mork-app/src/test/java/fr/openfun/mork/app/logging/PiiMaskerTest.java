package fr.openfun.mork.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMaskerTest {

  @Test
  void givenSeveralEmails_mask_masksEachOne() {
    String text = "from a.b+tag@mail.example.co.uk to x@y.fr";

    String masked = PiiMasker.mask(text);

    assertThat(masked).isEqualTo("from a***@m***.uk to x***@y***.fr");
  }

  @Test
  void givenAJsonUsernameField_mask_masksTheValue() {
    String text = "{\"username\": \"jdoe\", \"id\": 3}";

    String masked = PiiMasker.mask(text);

    assertThat(masked).isEqualTo("{\"username\": \"j***\", \"id\": 3}");
  }

  @Test
  void givenTextWithoutPersonalData_mask_leavesItAlone() {
    String text = "scanned 300 users, selected 12 (task 5e1c)";

    String masked = PiiMasker.mask(text);

    assertThat(masked).isEqualTo(text);
  }

  @Test
  void givenUsernamesNamedInAnyCase_mask_masksEachValue() {
    String text = "USERNAME=jdoe Login: asmith erasing User 'bwayne'";

    String masked = PiiMasker.mask(text);

    assertThat(masked).isEqualTo("USERNAME=j*** Login: a*** erasing User 'b***'");
  }
}
