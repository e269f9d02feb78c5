package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jooq.DSLContext;

/** The steps erasure shares between one user and a batch, inside the caller's transaction. */
final class Batches {
  private Batches() {}

  /**
   * Not found, the retired placeholder, spared, or protected through a table referencing {@code
   * auth_user} directly.
   */
  static Optional<ErasureOutcome> refusal(
      ErasureRequest r,
      LockedUsers locked,
      OptionalLong placeholder,
      Function<Long, List<String>> protection) {
    if (!locked.contains(r.edxUserId())) {
      return Optional.of(new ErasureOutcome.NotFound());
    }
    if (placeholder.isPresent() && placeholder.getAsLong() == r.edxUserId()) {
      return Optional.of(new ErasureOutcome.Protected(List.of(RetiredPlaceholder.PROTECTED_AS)));
    }
    Optional<LocalDateTime> lastLogin = locked.lastLogins().get(r.edxUserId());
    if (r.sparedIfActiveSince().isPresent() && lastLogin.isPresent()) {
      LocalDateTime since = LocalDateTime.ofInstant(r.sparedIfActiveSince().get(), ZoneOffset.UTC);
      if (!lastLogin.get().isBefore(since)) {
        return Optional.of(new ErasureOutcome.Spared("logged in at " + lastLogin.get() + "Z"));
      }
    }
    List<String> protecting = protection.apply(r.edxUserId());
    return protecting.isEmpty()
        ? Optional.empty()
        : Optional.of(new ErasureOutcome.Protected(protecting));
  }

  /**
   * Erases the users in the caller's transaction: one locking read of {@code auth_user}, one query
   * for the protections and the probes rooted at it, the collection, the writes. With {@code
   * single} (one user), a protection found deeper than {@code auth_user} is that user's {@code
   * Protected} outcome and the counts are that user's; in a batch it cannot be told apart per user,
   * so it throws for the caller to erase one by one, and the counts are in the totals only.
   */
  static BatchErasure eraseIn(
      DSLContext tx,
      DeletionPlan plan,
      List<ErasureRequest> requests,
      OptionalLong placeholder,
      boolean single) {
    LockedUsers locked =
        LockedUsers.lock(tx, plan, requests.stream().map(ErasureRequest::edxUserId).toList());
    PlanRun run = new PlanRun(tx, plan, placeholder);
    Map<Long, List<String>> protection =
        BatchProtection.byUser(run, plan, locked, locked.lastLogins().keySet());
    Map<ErasureRequest, ErasureOutcome> outcomes = new LinkedHashMap<>();
    List<Long> erasable = new ArrayList<>();
    for (ErasureRequest r : requests) {
      Optional<ErasureOutcome> refusal =
          refusal(r, locked, placeholder, id -> protection.getOrDefault(id, List.of()));
      refusal.ifPresentOrElse(o -> outcomes.put(r, o), () -> erasable.add(r.edxUserId()));
    }
    Map<String, Long> totals = Map.of();
    if (!erasable.isEmpty()) {
      run.collect(erasable, locked);
      List<String> deep = run.protectingTables(false);
      if (!deep.isEmpty() && !single) {
        // a protection deeper than auth_user cannot be told apart per user in a set
        throw new IllegalStateException("deep protection in batch: erase one by one");
      }
      if (deep.isEmpty()) {
        totals = run.execute(erasable);
      } else {
        outcomes.put(requests.get(0), new ErasureOutcome.Protected(deep));
      }
    }
    Map<String, Long> counts = totals;
    for (ErasureRequest r : requests) {
      outcomes.putIfAbsent(r, new ErasureOutcome.Erased(single ? counts : Map.of()));
    }
    Map<ErasureRequest, ErasureOutcome> ordered = new LinkedHashMap<>();
    requests.forEach(r -> ordered.put(r, outcomes.get(r)));
    return new BatchErasure(ordered, totals, false);
  }
}
