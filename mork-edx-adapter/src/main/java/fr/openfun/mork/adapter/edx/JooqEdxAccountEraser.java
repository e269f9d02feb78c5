package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.PlanAction;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases edX users by following the current deletion plan: one user, one transaction, with the
 * {@code auth_user} row locked first so a login cannot slip in between the activity re-check and
 * the erasure. Any SQL error rolls everything back and answers {@code Failed}. The schema-drift
 * guard is the caller's: this class runs whatever plan the planner gives.
 */
public final class JooqEdxAccountEraser implements AccountEraser {
  private static final Logger LOG = LoggerFactory.getLogger(JooqEdxAccountEraser.class);
  private final DSLContext dsl;
  private final ErasurePlanner planner;
  private final RetiredPlaceholder retired;
  private final BatchSizer sizer;

  /** An eraser whose retired placeholder is {@code retired_user}. */
  public JooqEdxAccountEraser(EdxDatabase database, ErasurePlanner planner) {
    this(database, planner, RetiredPlaceholder.named(RetiredPlaceholder.DEFAULT_USERNAME));
  }

  public JooqEdxAccountEraser(
      EdxDatabase database, ErasurePlanner planner, RetiredPlaceholder retired) {
    this(database, planner, retired, new BatchSizer(BatchSizer.DEFAULT_BUDGET));
  }

  /** {@code sizer} splits {@link #eraseAll}'s batches so that each transaction fits its budget. */
  public JooqEdxAccountEraser(
      EdxDatabase database, ErasurePlanner planner, RetiredPlaceholder retired, BatchSizer sizer) {
    this.dsl = Objects.requireNonNull(database, "database").primary();
    this.planner = Objects.requireNonNull(planner, "planner");
    this.retired = Objects.requireNonNull(retired, "retired");
    this.sizer = Objects.requireNonNull(sizer, "sizer");
  }

  @Override
  public ServiceName service() {
    return ServiceName.EDX;
  }

  @Override
  public ErasureOutcome erase(ErasureRequest request) {
    try {
      return attempt(request);
    } catch (RuntimeException e) {
      return failed(request, e);
    }
  }

  /** One user in one transaction; throws what the database threw. */
  private ErasureOutcome attempt(ErasureRequest request) {
    DeletionPlan plan = planner.plan();
    OptionalLong placeholder = placeholder(plan);
    ErasureOutcome outcome = Transaction.run(dsl, tx -> eraseIn(tx, plan, request, placeholder));
    LOG.info("edX erasure of user {}: {}", request.edxUserId(), outcome.getClass().getSimpleName());
    return outcome;
  }

  private static ErasureOutcome.Failed failed(ErasureRequest request, RuntimeException e) {
    ErasureOutcome.Failed failed = Failures.of(e, List.of(request));
    LOG.warn(
        "edX erasure of user {} rolled back ({}): {}",
        request.edxUserId(),
        failed.kind(),
        failed.reason());
    return failed;
  }

  /**
   * The placeholder's id: created when the plan reassigns rows (a real erasure only), else looked
   * up, so that the placeholder itself is never erased.
   */
  private OptionalLong placeholder(DeletionPlan plan) {
    boolean reassigns = plan.steps().stream().anyMatch(s -> s.action() == PlanAction.REASSIGN);
    return reassigns ? OptionalLong.of(retired.ensure(dsl)) : retired.lookup(dsl);
  }

  /**
   * One user through the batch's statements ({@link Batches#eraseIn}): the lock, one query for the
   * protections and the probes rooted at {@code auth_user}, the collection of the tables holding
   * rows, the writes.
   */
  private static ErasureOutcome eraseIn(
      DSLContext tx, DeletionPlan plan, ErasureRequest request, OptionalLong placeholder) {
    return Batches.eraseIn(tx, plan, List.of(request), placeholder, true).outcomes().get(request);
  }

  /** Dry run: the exact rows per table {@link #erase} would touch now, read-only. */
  @Override
  public ErasureOutcome preview(ErasureRequest request) {
    DeletionPlan plan = planner.plan();
    try {
      return dsl.transactionResult(
          cfg -> {
            DSLContext tx = cfg.dsl();
            List<Long> id = List.of(request.edxUserId());
            if (!tx.fetchExists(AuthUser.TABLE, AuthUser.ID.eq(request.edxUserId()))) {
              return new ErasureOutcome.NotFound();
            }
            if (retired.is(tx, request.edxUserId())) {
              return new ErasureOutcome.Protected(List.of(RetiredPlaceholder.PROTECTED_AS));
            }
            PlanRun run = new PlanRun(tx, plan);
            run.collect(id);
            List<String> protecting = run.protectingTables(true);
            return protecting.isEmpty()
                ? new ErasureOutcome.Erased(PlanPreview.count(tx, plan, run, id))
                : new ErasureOutcome.Protected(protecting);
          });
    } catch (RuntimeException e) {
      return Failures.of(e, List.of(request));
    }
  }

  /**
   * Erases the users in transactions of {@linkplain BatchSizer adaptive size} (one by one when a
   * transaction fails), outcomes in order. Each transaction erases its users with set-based
   * statements per table, after setting aside the missing, spared and protected ones.
   */
  @Override
  public List<ErasureOutcome> eraseAll(List<ErasureRequest> requests) {
    if (requests.size() < 2) {
      return requests.stream().map(this::erase).toList();
    }
    Map<ErasureRequest, ErasureOutcome> outcomes = new LinkedHashMap<>();
    int from = 0;
    while (from < requests.size()) {
      int size = sizer.next(requests.size() - from);
      List<ErasureRequest> part = requests.subList(from, from + size);
      long started = System.nanoTime();
      Attempt attempt = size == 1 ? tryOne(part.get(0)) : tryBatch(part);
      outcomes.putAll(attempt.batch().outcomes());
      if (attempt.unreachable()) {
        // the next transactions would only wait out the pool's connection timeout each
        ErasureOutcome gone = outcomes.get(part.get(size - 1));
        requests.subList(from + size, requests.size()).forEach(u -> outcomes.put(u, gone));
        break;
      }
      if (!attempt.batch().fellBack()) {
        // a fallback ran one transaction per user: its total says nothing of a batch's length
        sizer.took(size, Duration.ofNanos(System.nanoTime() - started));
      }
      from += size;
    }
    return requests.stream()
        .map(
            r ->
                outcomes.getOrDefault(
                    r,
                    new ErasureOutcome.Failed(
                        fr.openfun.mork.domain.model.FailureKind.TRANSIENT,
                        "no outcome from the batch")))
        .toList();
  }

  /**
   * Erases several users in one transaction with set-based statements per table, after setting
   * aside the missing, spared and protected ones. On any error the batch is rolled back and its
   * users are erased one by one. Erased users of a batch get empty per-table counts: the totals are
   * in {@link BatchErasure#totals()}.
   */
  public BatchErasure eraseBatch(List<ErasureRequest> requests) {
    return tryBatch(requests).batch();
  }

  /** What one transaction of {@link #eraseAll} did, and whether it found the database gone. */
  private record Attempt(BatchErasure batch, boolean unreachable) {}

  private Attempt tryOne(ErasureRequest r) {
    try {
      ErasureOutcome o = attempt(r);
      Map<String, Long> counts = o instanceof ErasureOutcome.Erased e ? e.counts() : Map.of();
      return new Attempt(new BatchErasure(Map.of(r, o), counts, false), false);
    } catch (RuntimeException e) {
      return new Attempt(
          new BatchErasure(Map.of(r, failed(r, e)), Map.of(), false), Failures.unreachable(e));
    }
  }

  private Attempt tryBatch(List<ErasureRequest> requests) {
    DeletionPlan plan = planner.plan();
    try {
      OptionalLong placeholder = placeholder(plan);
      return new Attempt(
          Transaction.run(dsl, tx -> Batches.eraseIn(tx, plan, requests, placeholder, false)),
          false);
    } catch (RuntimeException e) {
      LOG.warn(
          "edX batch of {} users rolled back, erasing one by one: {}",
          requests.size(),
          Failures.of(e, requests).reason());
      Map<ErasureRequest, ErasureOutcome> outcomes = new LinkedHashMap<>();
      Map<String, Long> totals = new java.util.TreeMap<>();
      boolean unreachable = false;
      for (ErasureRequest r : requests) {
        ErasureOutcome o;
        try {
          o = attempt(r);
        } catch (RuntimeException single) {
          o = failed(r, single);
          if (Failures.unreachable(single)) {
            // The database is gone, not this user's rows: each further user would only wait out
            // the pool's connection timeout. They fail alike and the reconciler retries them.
            ErasureOutcome gone = o;
            requests.stream()
                .filter(u -> !outcomes.containsKey(u))
                .forEach(u -> outcomes.put(u, gone));
            unreachable = true;
            break;
          }
        }
        outcomes.put(r, o);
        if (o instanceof ErasureOutcome.Erased erased) {
          erased.counts().forEach((t, n) -> totals.merge(t, n, Long::sum));
        }
      }
      return new Attempt(new BatchErasure(outcomes, totals, true), unreachable);
    }
  }
}
