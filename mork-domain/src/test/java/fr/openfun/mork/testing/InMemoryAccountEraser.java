package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AccountEraser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An eraser answering what the test scripts, and remembering every call. */
public final class InMemoryAccountEraser implements AccountEraser {
  private final ServiceName service;
  private volatile Function<ErasureRequest, ErasureOutcome> answer;
  private final List<ErasureRequest> erased = new CopyOnWriteArrayList<>();
  private final List<ErasureRequest> previewed = new CopyOnWriteArrayList<>();

  public InMemoryAccountEraser(ServiceName service) {
    this.service = service;
    this.answer = r -> new ErasureOutcome.Erased(Map.of("auth_user", 1L));
  }

  /** From now on, every call answers what {@code newAnswer} gives. */
  public InMemoryAccountEraser answering(Function<ErasureRequest, ErasureOutcome> newAnswer) {
    this.answer = newAnswer;
    return this;
  }

  @Override
  public ServiceName service() {
    return service;
  }

  @Override
  public ErasureOutcome erase(ErasureRequest request) {
    erased.add(request);
    return answer.apply(request);
  }

  @Override
  public ErasureOutcome preview(ErasureRequest request) {
    previewed.add(request);
    return answer.apply(request);
  }

  public List<ErasureRequest> erased() {
    return List.copyOf(erased);
  }

  public List<ErasureRequest> previewed() {
    return List.copyOf(previewed);
  }
}
