package fr.openfun.mork.domain.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an {@code AccountEraser} did (or, in a preview, would do) for one user. Expected business
 * results are values; only broken contracts throw.
 */
public sealed interface ErasureOutcome {

  /** The user's data is gone; {@code counts} says how many rows or entries, by table or kind. */
  record Erased(Map<String, Long> counts) implements ErasureOutcome {
    public Erased {
      counts = Map.copyOf(counts);
    }
  }

  /** A push service accepted the request and will confirm later (through the API). */
  record Accepted(String detail) implements ErasureOutcome {
    public Accepted {
      Objects.requireNonNull(detail, "detail");
    }
  }

  /** The user must not be erased from this service: {@code tables} say what protects them. */
  record Protected(List<String> tables) implements ErasureOutcome {
    public Protected {
      tables = List.copyOf(tables);
    }
  }

  /** The service does not know this user: there is nothing to erase. */
  record NotFound() implements ErasureOutcome {}

  /** The user logged in after being selected for inactivity: nothing was touched. */
  record Spared(String reason) implements ErasureOutcome {
    public Spared {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Nothing was changed; {@code kind} tells whether and how to retry. */
  record Failed(FailureKind kind, String reason) implements ErasureOutcome {
    public Failed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
