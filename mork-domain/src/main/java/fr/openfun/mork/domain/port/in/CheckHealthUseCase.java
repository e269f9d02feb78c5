package fr.openfun.mork.domain.port.in;

import java.util.Map;

/** The heartbeat: each dependency by name, true when it answers. */
public interface CheckHealthUseCase {

  Map<String, Boolean> check();
}
