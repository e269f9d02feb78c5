package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import java.util.ArrayList;
import java.util.List;

/**
 * Erases one user from one service. Implementations never throw for expected results: they answer
 * an {@link ErasureOutcome}, and leave the user either fully erased or untouched.
 */
public interface AccountEraser {

  /** The service this eraser handles. */
  ServiceName service();

  /** Erases the user; re-checks activity when the request asks to spare active users. */
  ErasureOutcome erase(ErasureRequest request);

  /** Dry run: what {@link #erase} would do, computed without changing anything. */
  ErasureOutcome preview(ErasureRequest request);

  /**
   * Erases several users, answering one outcome per request in the same order, with the same
   * guarantees per user as {@link #erase}. The default erases them one by one and, once the service
   * rejects Mork itself, answers that rejection for the rest without calling it again; an
   * implementation may share statements across users for throughput.
   */
  default List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
    List<ErasureOutcome> outcomes = new ArrayList<>(requests.size());
    ErasureOutcome rejection = null;
    for (ErasureRequest request : requests) {
      ErasureOutcome outcome = rejection != null ? rejection : erase(request);
      if (outcome instanceof ErasureOutcome.Failed f && f.kind() == FailureKind.SERVICE_REJECTED) {
        rejection = outcome;
      }
      outcomes.add(outcome);
    }
    return List.copyOf(outcomes);
  }
}
