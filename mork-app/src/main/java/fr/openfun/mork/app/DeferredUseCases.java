package fr.openfun.mork.app;

import fr.openfun.mork.adapter.api.ApiUseCases;
import fr.openfun.mork.domain.port.in.CheckHealthUseCase;
import fr.openfun.mork.domain.port.in.ControlUseCase;
import fr.openfun.mork.domain.port.in.ExplainPlanUseCase;
import fr.openfun.mork.domain.port.in.GetLedgerUseCase;
import fr.openfun.mork.domain.port.in.GetTasksUseCase;
import fr.openfun.mork.domain.port.in.ManageTasksUseCase;
import fr.openfun.mork.domain.port.in.SubmitTaskUseCase;
import fr.openfun.mork.domain.port.in.UpdateStatusUseCase;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The API's use cases before the graph behind them is built: each call waits for {@code ready},
 * then goes to the real use case. Lets the HTTP listener start first; the API answers 503 to
 * everything but its load-balancer probe until it is opened, so in practice no call waits.
 */
final class DeferredUseCases {
  private DeferredUseCases() {}

  static ApiUseCases until(CompletableFuture<ApiUseCases> ready) {
    return new ApiUseCases(
        proxy(SubmitTaskUseCase.class, ready, ApiUseCases::submitTask),
        proxy(GetTasksUseCase.class, ready, ApiUseCases::getTasks),
        proxy(ManageTasksUseCase.class, ready, ApiUseCases::manageTasks),
        proxy(GetLedgerUseCase.class, ready, ApiUseCases::getLedger),
        proxy(UpdateStatusUseCase.class, ready, ApiUseCases::updateStatus),
        proxy(ControlUseCase.class, ready, ApiUseCases::control),
        proxy(ExplainPlanUseCase.class, ready, ApiUseCases::explainPlan),
        proxy(CheckHealthUseCase.class, ready, ApiUseCases::checkHealth));
  }

  private static <T> T proxy(
      Class<T> type, CompletableFuture<ApiUseCases> ready, Function<ApiUseCases, T> pick) {
    InvocationHandler handler =
        (self, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> self == args[0];
              case "hashCode" -> System.identityHashCode(self);
              default -> "deferred " + type.getSimpleName();
            };
          }
          try {
            return method.invoke(pick.apply(ready.join()), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        };
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
