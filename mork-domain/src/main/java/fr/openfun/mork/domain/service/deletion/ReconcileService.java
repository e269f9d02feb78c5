package fr.openfun.mork.domain.service.deletion;

import fr.openfun.mork.domain.model.Actor;
import fr.openfun.mork.domain.model.DeletionPlan;
import fr.openfun.mork.domain.model.ErasureOutcome;
import fr.openfun.mork.domain.model.ErasureRequest;
import fr.openfun.mork.domain.model.FailureKind;
import fr.openfun.mork.domain.model.ServiceName;
import fr.openfun.mork.domain.model.StatusClaim;
import fr.openfun.mork.domain.policy.DriftVerdict;
import fr.openfun.mork.domain.policy.RunSettings;
import fr.openfun.mork.domain.policy.SchemaDriftGuard;
import fr.openfun.mork.domain.port.in.ReconcileServiceUseCase;
import fr.openfun.mork.domain.port.out.AccountEraser;
import fr.openfun.mork.domain.port.out.ControlRepository;
import fr.openfun.mork.domain.port.out.ErasurePlanner;
import fr.openfun.mork.domain.port.out.LedgerRepository;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.port.out.WarningRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one erasing service: claims due statuses (non-gate services only once the gate, edX, is
 * done), erases each user and records the outcome with back-off on failure. Claims nothing while
 * paused ({@code outcomes} holds {@value #PAUSED}) or, for the gate, while the edX schema drifted
 * or cannot be read ({@value #BLOCKED}): the gate reads the schema again before each batch, and a
 * first complete plan is acknowledged as the baseline. A batch cut by a crash is claimed again once
 * its lease ends; a gate user it had already erased is then found gone, recorded {@code deleted}
 * and sent the deletion notice the dead worker never sent.
 */
public final class ReconcileService implements ReconcileServiceUseCase {
  /** The outcome key (with count 0) of a call that did nothing because Mork is paused. */
  public static final String PAUSED = "paused";

  /** The outcome key (with count 0) of a gate call blocked by schema drift. */
  public static final String BLOCKED = "blocked";

  private static final Logger LOG = LoggerFactory.getLogger(ReconcileService.class);
  static final Actor RECONCILER = Actor.of("reconciler");

  private final LedgerRepository ledger;
  private final Map<ServiceName, AccountEraser> erasers;
  private final ErasurePlanner planner;
  private final ControlRepository control;
  private final RunSettings settings;
  private final Clock clock;
  private final ApplyErasureService apply;

  public ReconcileService(
      LedgerRepository ledger,
      List<AccountEraser> erasers,
      ErasurePlanner planner,
      ControlRepository control,
      WarningRepository warnings,
      WarningNotifier notifier,
      RunSettings settings,
      Clock clock) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.erasers =
        erasers.stream()
            .collect(Collectors.toUnmodifiableMap(AccountEraser::service, Function.identity()));
    this.planner = Objects.requireNonNull(planner, "planner");
    this.control = Objects.requireNonNull(control, "control");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.apply =
        new ApplyErasureService(
            ledger,
            Objects.requireNonNull(warnings, "warnings"),
            Objects.requireNonNull(notifier, "notifier"),
            settings);
  }

  @Override
  public Result reconcile(Command command) {
    AccountEraser eraser = erasers.get(command.service());
    if (eraser == null) {
      throw new IllegalArgumentException("service: no eraser for " + command.service());
    }
    Instant now = clock.instant();
    if (control.paused()) {
      return new Result(0, Map.of(PAUSED, 0), false);
    }
    boolean gate = settings.isGate(command.service());
    if (gate && !planAllowed(now)) {
      return new Result(0, Map.of(BLOCKED, 0), false);
    }
    Optional<ServiceName> prerequisite =
        gate ? Optional.empty() : Optional.of(settings.gateService());
    List<StatusClaim> claims =
        ledger.claimDue(
            command.service(), now, command.batchSize(), settings.claimLease(), prerequisite);
    List<ErasureOutcome> erased = eraseAll(eraser, claims);
    // a rejection is put back unprocessed; an eraser working on several users at once may have
    // settled others after it (in flight when it came): those are recorded as they ended
    List<ApplyErasureService.Step> steps = new ArrayList<>();
    Optional<String> rejection = Optional.empty();
    int putBack = 0;
    for (int i = 0; i < claims.size(); i++) {
      StatusClaim claim = claims.get(i);
      ErasureOutcome outcome = erased.get(i);
      if (outcome instanceof ErasureOutcome.Failed f && f.kind() == FailureKind.SERVICE_REJECTED) {
        steps.add(apply.putBack(claim, f.reason()));
        rejection = rejection.or(() -> Optional.of(f.reason()));
        putBack++;
      } else {
        steps.add(apply.plan(claim, outcome, gate, now));
      }
    }
    boolean rejected = rejection.isPresent();
    if (rejected) {
      LOG.error(
          "{} rejects Mork ({}): {} claims put back, reconciliation stops",
          command.service(),
          rejection.get(),
          putBack);
    }
    // the batch's outcomes in one ledger transaction: a commit per user cost more than the erasure
    Map<String, Integer> outcomes = new TreeMap<>();
    apply.applyAll(steps, now).forEach(name -> outcomes.merge(name, 1, Integer::sum));
    return new Result(claims.size(), outcomes, rejected);
  }

  private boolean planAllowed(Instant now) {
    DeletionPlan plan;
    try {
      // the schema as it is now: an LMS upgraded while Mork runs is never erased with an old plan
      plan = planner.reload();
    } catch (RuntimeException e) {
      LOG.warn("edX erasure waits: the edX schema cannot be read ({})", e.getMessage());
      return false;
    }
    return switch (SchemaDriftGuard.evaluate(plan, control.acknowledgedPlanFingerprint())) {
      case DriftVerdict.Allowed a -> true;
      case DriftVerdict.Baseline b -> {
        control.acknowledgePlan(b.fingerprint(), now, Actor.SYSTEM);
        LOG.info("edX plan {} acknowledged as the baseline", b.fingerprint());
        yield true;
      }
      case DriftVerdict.Blocked b -> {
        LOG.warn("edX erasure blocked: {}", b.reason());
        yield false;
      }
    };
  }

  /** One outcome per claim; an eraser that throws fails the whole batch, transiently. */
  private static List<ErasureOutcome> eraseAll(AccountEraser eraser, List<StatusClaim> claims) {
    if (claims.isEmpty()) {
      return List.of();
    }
    try {
      List<ErasureOutcome> outcomes =
          eraser.eraseAll(claims.stream().map(c -> ErasureRequest.of(c.user())).toList());
      if (outcomes.size() != claims.size()) {
        throw new IllegalStateException(
            "eraser answered " + outcomes.size() + " outcomes for " + claims.size() + " users");
      }
      return outcomes;
    } catch (RuntimeException e) {
      ErasureOutcome failed =
          new ErasureOutcome.Failed(
              FailureKind.TRANSIENT, "eraser threw " + e.getClass().getSimpleName());
      return java.util.Collections.nCopies(claims.size(), failed);
    }
  }
}
