package fr.openfun.mork.testing;

import fr.openfun.mork.domain.model.Warning;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Warnings in memory. */
public final class InMemoryWarningRepository implements WarningRepository {
  private final List<Warning> warnings = new ArrayList<>();

  @Override
  public synchronized void record(Warning warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  @Override
  public synchronized List<Warning> findFor(Collection<Long> edxUserIds) {
    return warnings.stream()
        .filter(w -> edxUserIds.contains(w.edxUserId()))
        .sorted(Comparator.comparing(Warning::sentAt))
        .toList();
  }

  @Override
  public synchronized void clear(long edxUserId) {
    warnings.removeIf(w -> w.edxUserId() == edxUserId);
  }

  public synchronized List<Warning> all() {
    return List.copyOf(warnings);
  }
}
