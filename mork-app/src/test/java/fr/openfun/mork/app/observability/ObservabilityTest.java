package fr.openfun.mork.app.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.sentry.SentryEvent;
import io.sentry.protocol.Message;
import io.sentry.protocol.SentryException;
import io.sentry.protocol.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservabilityTest {

  @Test
  void givenANewRegistry_scrape_exposesJvmMetricsTaggedMork() {
    PrometheusMeterRegistry registry = Metrics.prometheus("all");

    String scrape = registry.scrape();

    registry.close();
    assertThat(scrape).contains("jvm_memory_used_bytes").contains("application=\"mork\"");
  }

  @Test
  void givenAnEventWithPersonalData_scrub_masksMessageAndExceptionAndDropsTheUser() {
    SentryEvent event = new SentryEvent();
    Message message = new Message();
    message.setFormatted("cannot erase jane@example.org");
    event.setMessage(message);
    SentryException exception = new SentryException();
    exception.setValue("username=janedoe not found");
    event.setExceptions(List.of(exception));
    User user = new User();
    user.setEmail("jane@example.org");
    event.setUser(user);

    SentryEvent scrubbed = SentryEvent.class.cast(SentrySetup.callback().execute(event, null));

    assertThat(scrubbed.getMessage().getFormatted()).isEqualTo("cannot erase j***@e***.org");
    assertThat(scrubbed.getExceptions().get(0).getValue()).isEqualTo("username=j*** not found");
    assertThat(scrubbed.getUser()).isNull();
  }
}
