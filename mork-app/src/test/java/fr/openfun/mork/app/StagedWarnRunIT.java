package fr.openfun.mork.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.openfun.mork.adapter.notify.mail.MailSettings;
import fr.openfun.mork.adapter.notify.mail.MailWarningNotifier;
import fr.openfun.mork.adapter.notify.mail.SmtpMailTransport;
import fr.openfun.mork.adapter.notify.mail.SmtpSettings;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase.Command;
import fr.openfun.mork.domain.port.out.StoreUnavailableException;
import fr.openfun.mork.domain.port.out.WarningRepository;
import fr.openfun.mork.domain.service.warning.WarnInactiveUsersService;
import fr.openfun.mork.testing.InMemoryWorld;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real warn run (domain service, notify adapter, SMTP server) stages each warning while it
 * records the previous one: when that record fails, the staged warning never reaches the server.
 */
class StagedWarnRunIT {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private final InMemoryWorld world = new InMemoryWorld(); // pages of 2 users

  private WarnInactiveUsersService service(WarningRepository warnings) {
    MailSettings settings =
        MailSettings.defaults(
            "Mork <mork@fun-mooc.example>",
            "FUN MOOC",
            "https://fun-mooc.example",
            "https://fun-mooc.example/login");
    var smtp = SmtpSettings.plain("127.0.0.1", greenMail.getSmtp().getPort());
    var notifier = new MailWarningNotifier(settings, new SmtpMailTransport(smtp), world.clock);
    return new WarnInactiveUsersService(
        world.directory, warnings, notifier, world.settings, world.clock);
  }

  private static List<String> recipients() {
    return Arrays.stream(greenMail.getReceivedMessages()).map(StagedWarnRunIT::to).toList();
  }

  private static String to(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void givenThreeDueUsers_warnRun_mailsAndRecordsEachOnceInOrder() {
    EdxUser a = world.addInactiveUser();
    EdxUser b = world.addInactiveUser();
    EdxUser c = world.addInactiveUser();

    service(world.warnings)
        .warnInactiveUsers(new Command(false, OptionalInt.empty(), 0), RunObserver.NONE);

    assertThat(recipients()).containsExactly(a.email(), b.email(), c.email());
    assertThat(world.warnings.all())
        .extracting(Warning::edxUserId)
        .containsExactly(a.id(), b.id(), c.id());
  }

  @Test
  void givenStoreFailingOnTheFirstRecord_warnRun_stopsAndTheStagedWarningNeverArrives()
      throws Exception {
    EdxUser a = world.addInactiveUser();
    world.addInactiveUser(); // staged while a's warning is recorded
    world.addInactiveUser(); // next page: never reached
    WarningRepository down = new StoreDownOnRecord(world);

    assertThatThrownBy(
            () ->
                service(down)
                    .warnInactiveUsers(
                        new Command(false, OptionalInt.empty(), 0), RunObserver.NONE))
        .isInstanceOf(StoreUnavailableException.class);
    Thread.sleep(200); // leaves the server time to accept a message, were one sent

    assertThat(recipients()).containsExactly(a.email());
  }

  /** The world's warnings, with the store down for every record. */
  private record StoreDownOnRecord(InMemoryWorld world) implements WarningRepository {
    @Override
    public void record(Warning warning) {
      throw new StoreUnavailableException("store down");
    }

    @Override
    public List<Warning> findFor(Collection<Long> edxUserIds) {
      return world.warnings.findFor(edxUserIds);
    }

    @Override
    public void clear(long edxUserId) {
      world.warnings.clear(edxUserId);
    }
  }
}
