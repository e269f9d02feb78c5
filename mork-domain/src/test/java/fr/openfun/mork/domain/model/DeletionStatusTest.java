package fr.openfun.mork.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeletionStatusTest {

  @Test
  void givenNonFinalStatus_canMoveTo_allowsEveryTarget() {
    DeletionStatus from = DeletionStatus.DELETING;

    boolean all =
        from.canMoveTo(DeletionStatus.TO_DELETE, false)
            && from.canMoveTo(DeletionStatus.DELETED, false)
            && from.canMoveTo(DeletionStatus.PROTECTED, false);

    assertThat(all).isTrue();
  }

  @Test
  void givenDeleted_canMoveTo_refusesToDeleteWithoutReopen() {
    DeletionStatus from = DeletionStatus.DELETED;

    boolean allowed = from.canMoveTo(DeletionStatus.TO_DELETE, false);

    assertThat(allowed).isFalse();
    assertThat(from.canMoveTo(DeletionStatus.TO_DELETE, true)).isTrue();
  }

  @Test
  void givenFinalStatus_canMoveTo_allowsRestatingItButNoOtherFinalState() {
    DeletionStatus from = DeletionStatus.PROTECTED;

    boolean restate = from.canMoveTo(DeletionStatus.PROTECTED, false);

    assertThat(restate).isTrue();
    assertThat(from.canMoveTo(DeletionStatus.DELETED, true)).isFalse();
  }

  @Test
  void givenUnknownWireName_fromWire_listsTheAcceptedValues() {
    String wire = "gone";

    assertThatThrownBy(() -> DeletionStatus.fromWire(wire))
        .hasMessageContaining("to_delete, deleting, deleted, protected");
  }
}
