package fr.openfun.mork.domain.port.out;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.ServiceName;

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
}
