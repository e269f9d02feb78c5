package fr.openfun.mork.adapter.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class MessageFactoryTest {

  @Test
  void givenInternationalisedDomain_address_usesPunycode() throws Exception {
    String email = "jean@école.fr";

    InternetAddress address = MessageFactory.address(email);

    assertThat(address.getAddress()).isEqualTo("jean@xn--cole-9oa.fr");
  }

  @Test
  void givenDisplayName_address_keepsItUtf8() throws Exception {
    String from = "Équipe FUN <mork@fun-mooc.example>";

    InternetAddress address = MessageFactory.address(from);

    assertThat(address.getPersonal()).isEqualTo("Équipe FUN");
    assertThat(address.getAddress()).isEqualTo("mork@fun-mooc.example");
  }

  @Test
  void givenNoDomain_address_isRejected() {
    String email = "not-an-email";

    var thrown = assertThatThrownBy(() -> MessageFactory.address(email));

    thrown.isInstanceOf(AddressException.class);
  }
}
