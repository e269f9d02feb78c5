package fr.openfun.mork.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.openfun.mork.domain.model.DeletionReason;
import fr.openfun.mork.domain.model.TaskParameters;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TaskJsonTest {
  private final TaskJson json = new TaskJson();

  private static final List<TaskParameters> ONE_OF_EACH =
      List.of(
          new TaskParameters.EmailInactiveUsers(OptionalInt.empty()),
          new TaskParameters.EmailUser("jane@example.org", "jane"),
          new TaskParameters.DeleteInactiveUsers(OptionalInt.of(3), false, List.of(7L)),
          new TaskParameters.DeleteUser("jane@example.org", DeletionReason.GDPR));

  @Test
  void givenEveryPermittedParameterType_oneExampleIsCovered() {
    var permitted = Arrays.asList(TaskParameters.class.getPermittedSubclasses());

    var covered = ONE_OF_EACH.stream().map(Object::getClass).toList();

    assertThat(covered).containsExactlyInAnyOrderElementsOf(permitted);
  }

  @Test
  void givenEachParameterType_write_namesItsWireTypeAndReadsBackEqual() {
    var written = ONE_OF_EACH.stream().map(json::write).toList();

    var read = written.stream().map(json::parameters).toList();

    assertThat(read).isEqualTo(ONE_OF_EACH);
    for (int i = 0; i < written.size(); i++) {
      assertThat(written.get(i))
          .contains("\"type\":\"" + ONE_OF_EACH.get(i).type().wireName() + "\"");
    }
  }
}
