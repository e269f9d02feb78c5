package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditWriterTest {
  private final PiiHasher hasher = new PiiHasher("secret-one-0123456789");
  private final AuditWriter writer = new AuditWriter(hasher);

  @Test
  void givenDetailNamingAnEmail_scrub_replacesItByItsHash() {
    String detail = "erased jane.doe@example.org in sarbacane";

    String scrubbed = writer.scrub(detail);

    assertThat(scrubbed)
        .isEqualTo("erased " + hasher.hash("jane.doe@example.org") + " in sarbacane");
  }

  @Test
  void givenDetailWithoutEmail_scrub_keepsIt() {
    String detail = "reason=gdpr attempts=2";

    String scrubbed = writer.scrub(detail);

    assertThat(scrubbed).isEqualTo(detail);
  }
}
