package fr.openfun.mork.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GracefulStopTest {

  @Test
  void givenASignal_goOn_answersFalseAtTheNextPage() {
    List<Runnable> hooks = new ArrayList<>();
    GracefulStop stop = new GracefulStop(hooks::add, Duration.ZERO);

    hooks.forEach(Runnable::run);

    assertThat(stop.goOn()).isFalse();
  }

  @Test
  void givenNoSignal_goOn_answersTrue() {
    GracefulStop stop = new GracefulStop(hook -> {}, Duration.ZERO);

    boolean goOn = stop.goOn();

    assertThat(goOn).isTrue();
  }
}
