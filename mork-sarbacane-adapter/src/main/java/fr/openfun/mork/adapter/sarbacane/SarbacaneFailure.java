package fr.openfun.mork.adapter.sarbacane;

/** Ends an erasure early with a non-success {@link Answer}; never leaves this package. */
final class SarbacaneFailure extends Exception {
  private final transient Answer answer;

  SarbacaneFailure(Answer answer, String reason) {
    super(reason, null, false, false);
    this.answer = answer;
  }

  Answer answer() {
    return answer;
  }
}
