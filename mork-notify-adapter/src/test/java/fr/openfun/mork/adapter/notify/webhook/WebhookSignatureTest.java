package fr.openfun.mork.adapter.notify.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

  @Test
  void givenKnownVector_header_matchesOpensslHmac() {
    // printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'a-test-secret-0123456789'
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    String header = WebhookSignature.header("a-test-secret-0123456789", 1_700_000_000L, body);

    assertThat(header)
        .isEqualTo(
            "t=1700000000,v1=40e5bcc0e62b054e2815b7bbb703475079e15ec76c0b2fe062f200b82021ac03");
  }

  @Test
  void givenOtherTimestamp_hmacHex_differs() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);

    String later = WebhookSignature.hmacHex("a-test-secret-0123456789", 1_700_000_001L, body);

    assertThat(later)
        .isNotEqualTo("40e5bcc0e62b054e2815b7bbb703475079e15ec76c0b2fe062f200b82021ac03");
  }
}
