package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiHasherTest {
  private final PiiHasher hasher = new PiiHasher("secret-one-0123456789");

  @Test
  void givenSameEmailInOtherCase_hash_isTheSame() {
    String lower = hasher.hash("jane@example.org");

    String upper = hasher.hash(" Jane@Example.ORG ");

    assertThat(upper).isEqualTo(lower).startsWith("hmac:").hasSize(69).doesNotContain("jane");
  }

  @Test
  void givenAnotherSecret_hash_differs() {
    var other = new PiiHasher("secret-two-0123456789");

    String hash = other.hash("jane@example.org");

    assertThat(hash).isNotEqualTo(hasher.hash("jane@example.org"));
  }
}
