package fr.openfun.mork.adapter.sarbacane;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
  private final Redaction redaction = new Redaction("k3y+Secret", "acct-42");

  @Test
  void givenPlusUnicodeQuoteAndSpace_encode_percentEncodesEveryOne() {
    String email = "a+b 'é\"@x.fr";

    String encoded = Redaction.encode(email);

    assertThat(encoded).isEqualTo("a%2Bb%20%27%C3%A9%22%40x.fr");
  }

  @Test
  void givenTextWithRawAndEncodedEmail_redact_masksBoth() {
    String email = "jane+x@example.org";
    String text = "failed " + email + " and ?email=" + Redaction.encode(email);

    String redacted = redaction.redact(text, email);

    assertThat(redacted).isEqualTo("failed j***@e***.org and ?email=j***@e***.org");
  }

  @Test
  void givenTextWithKeyAndAccountId_redact_hidesBothRawAndEncoded() {
    String text = "apiKey=k3y+Secret k3y%2BSecret accountId=acct-42";

    String redacted = redaction.redact(text, "");

    assertThat(redacted).isEqualTo("apiKey=*** *** accountId=***");
  }

  @Test
  void givenPathAndEmail_target_showsOnlyTheMaskedEmail() {
    String path = "/lists/l1/contacts";

    String target = Redaction.target(path, "jane@example.org");

    assertThat(target).isEqualTo("/lists/l1/contacts?email=j***@e***.org");
  }
}
