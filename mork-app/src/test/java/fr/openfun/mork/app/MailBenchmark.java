package fr.openfun.mork.app;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.openfun.mork.adapter.notify.mail.MailSettings;
import fr.openfun.mork.adapter.notify.mail.MailWarningNotifier;
import fr.openfun.mork.adapter.notify.mail.RateLimit;
import fr.openfun.mork.adapter.notify.mail.SmtpMailTransport;
import fr.openfun.mork.adapter.notify.mail.SmtpSettings;
import fr.openfun.mork.app.config.MorkConfig;
import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.EdxUser;
import fr.openfun.mork.domain.model.NotificationOutcome;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.WarningNotice;
import fr.openfun.mork.domain.port.in.RunObserver;
import fr.openfun.mork.domain.port.in.WarnInactiveUsersUseCase;
import fr.openfun.mork.domain.port.out.WarningNotifier;
import fr.openfun.mork.domain.service.warning.WarnInactiveUsersService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntSupplier;

/**
 * The mail benchmark (a harness, not a test; see docs/performance.md, "Mail"). Against a local SMTP
 * sink (the minimal {@link SmtpSink}, then GreenMail) it measures, in alternating order, messages/s
 * of a plain Jakarta Mail loop over one connection (the baseline), of Mork's notify adapter alone
 * (templates rendered, real SMTP transport) and of a whole warn run ({@code mork warn
 * --no-dry-run}'s graph: edX on MariaDB, warnings recorded in PostgreSQL) and of the same warn run
 * with the notifier's staging hidden (one warning at a time), all without a rate limit; then a warn
 * run at each configured rate: achieved rate, worst one-second windows, heap.
 *
 * <p>{@code --messages=3000 --runs=3 --warmup=1 --rates=200/s --greenmail=true}
 */
final class MailBenchmark {
  static final String UNLIMITED = "1000000/s";

  private MailBenchmark() {}

  record Sink(String name, int port, IntSupplier accepted, Runnable reset) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int n = Integer.parseInt(options.getOrDefault("messages", "3000"));
    int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
    int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
    List<String> rates = Arrays.asList(options.getOrDefault("rates", "200/s").split(","));
    boolean withGreenMail = Boolean.parseBoolean(options.getOrDefault("greenmail", "true"));
    System.out.printf(
        "mail benchmark: %d messages, %d runs after %d warm-up, rates %s, max heap %d MiB%n",
        n, runs, warmup, rates, Runtime.getRuntime().maxMemory() >> 20);
    try (SmtpSink minimal = new SmtpSink();
        MailBenchWorld world = new MailBenchWorld(n)) {
      Sink sink =
          new Sink("minimal sink", minimal.port(), minimal::accepted, () -> minimal.reset(n));
      MailSample sample = MailSample.capture(minimal, notifier(minimal.port()));
      System.out.printf(
          "message: %d bytes as sent (multipart/alternative, text + html)%n", sample.bytes());
      throughput(sink, sample, world, n, runs, warmup);
      if (withGreenMail) {
        GreenMail greenMail =
            new LoopbackGreenMail(new ServerSetup(E2eServers.freePort(), "127.0.0.1", "smtp"));
        greenMail.start();
        try {
          Sink gm =
              new Sink(
                  "GreenMail",
                  greenMail.getSmtp().getPort(),
                  () -> greenMail.getReceivedMessages().length,
                  () -> {
                    try {
                      greenMail.purgeEmailFromAllMailboxes();
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
          throughput(gm, sample, world, n, runs, warmup);
        } finally {
          greenMail.stop();
        }
      }
      for (String rate : rates) {
        if (rate.isBlank()) {
          continue;
        }
        MailRateRun.run(world, minimal, n, rate.trim());
      }
    }
    // The graphs' pools and schedulers leave non-daemon threads behind.
    System.exit(0);
  }

  private static void throughput(
      Sink sink, MailSample sample, MailBenchWorld world, int n, int runs, int warmup)
      throws Exception {
    System.out.printf("== throughput against the %s, no rate limit (%s)%n", sink.name(), UNLIMITED);
    MailWarningNotifier adapter = notifier(sink.port());
    List<Double> plain = new ArrayList<>();
    List<Double> alone = new ArrayList<>();
    List<Double> warn = new ArrayList<>();
    List<Double> aloneRatio = new ArrayList<>();
    List<Double> warnRatio = new ArrayList<>();
    List<Double> oneAtATime = new ArrayList<>();
    List<Double> stagedGain = new ArrayList<>();
    List<Long> afterGc = new ArrayList<>();
    try (MorkGraph graph = world.graph(sink.port(), UNLIMITED)) {
      WarnInactiveUsersUseCase unstaged = oneAtATime(graph, world.config(sink.port(), UNLIMITED));
      for (int run = 0; run < warmup + runs; run++) {
        double p = 0;
        double a = 0;
        double w = 0;
        double u = 0;
        long heap = 0;
        boolean forward = run % 2 == 0;
        for (int step = 0; step < 4; step++) {
          int which = forward ? step : 3 - step;
          switch (which) {
            case 0 -> p = timed(sink, n, () -> sample.sendPlain(sink.port(), n));
            case 1 -> a = timed(sink, n, () -> warnEach(adapter, n));
            case 2 -> {
              world.forgetWarnings();
              u = timed(sink, n, () -> warnRun(unstaged, n));
            }
            default -> {
              world.forgetWarnings();
              try (HeapWatch watch = new HeapWatch()) {
                w = timed(sink, n, () -> warnRun(graph.warnInactiveUsers(), n));
                heap = watch.maxAfterGcMib();
              }
            }
          }
        }
        String kind = run < warmup ? "warm-up" : "run";
        System.out.printf(
            "%s %d (%s): plain loop %.0f msg/s, notify adapter %.0f msg/s (%.2fx),"
                + " warn run %.0f msg/s (%.2fx), heap after GC <= %d MiB;"
                + " warn run without staging %.0f msg/s (%.2fx), staged / without %.2fx%n",
            kind,
            run + 1,
            forward ? "plain first" : "warn run first",
            p,
            a,
            a / p,
            w,
            w / p,
            heap,
            u,
            u / p,
            w / u);
        if (run >= warmup) {
          plain.add(p);
          alone.add(a);
          warn.add(w);
          aloneRatio.add(a / p);
          warnRatio.add(w / p);
          afterGc.add(heap);
          oneAtATime.add(u / p);
          stagedGain.add(w / u);
        }
      }
      breakdown(graph, world, n);
    }
    System.out.printf("plain Jakarta Mail loop, one connection: %s msg/s%n", stats(plain, "%.0f"));
    System.out.printf(
        "notify adapter alone: %s msg/s, ratio %s%n",
        stats(alone, "%.0f"), stats(aloneRatio, "%.2f"));
    System.out.printf(
        "warn run (target >= 0.8x): %s msg/s, ratio %s, heap after GC %s MiB%n",
        stats(warn, "%.0f"),
        stats(warnRatio, "%.2f"),
        stats(afterGc.stream().map(Long::doubleValue).toList(), "%.0f"));
    System.out.printf(
        "warn run without staging (each email accepted, then recorded, then the next): ratio %s;"
            + " staged warn run / without: %s%n",
        stats(oneAtATime, "%.2f"), stats(stagedGain, "%.2f"));
  }

  /**
   * The warn run of {@code graph} with the notifier's staging hidden: each warning is sent,
   * accepted and recorded before the next one starts (the shipped loop before staging).
   */
  static WarnInactiveUsersUseCase oneAtATime(MorkGraph graph, MorkConfig config) {
    WarningNotifier staged = graph.adapters().notifier();
    WarningNotifier unstaged =
        new WarningNotifier() {
          @Override
          public NotificationOutcome warn(WarningNotice notice) {
            return staged.warn(notice);
          }

          @Override
          public NotificationOutcome notifyDeleted(DeletionNotice notice) {
            return staged.notifyDeleted(notice);
          }

          @Override
          public NotificationOutcome sendDigest(RunReport report) {
            return staged.sendDigest(report);
          }
        };
    return new WarnInactiveUsersService(
        graph.adapters().directory(),
        graph.adapters().store().warnings(),
        unstaged,
        MorkGraph.runSettings(config),
        Clock.systemUTC());
  }

  /** What a warn run does besides mailing, timed alone: recording each warning in the store. */
  private static void breakdown(MorkGraph graph, MailBenchWorld world, int n) throws Exception {
    world.forgetWarnings();
    var warnings = graph.adapters().store().warnings();
    Instant now = Instant.now();
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      warnings.record(
          new fr.openfun.mork.domain.model.Warning(MailBenchWorld.FIRST_LEARNER + i, 1, now));
    }
    double perRecord = (System.nanoTime() - start) / 1e6 / n;
    world.forgetWarnings();
    System.out.printf("recording one warning in the store alone: %.2f ms%n", perRecord);
  }

  interface Job {
    void run() throws Exception;
  }

  /** Messages per second of one job sending {@code n} messages, checked at the sink. */
  private static double timed(Sink sink, int n, Job job) throws Exception {
    sink.reset().run();
    long start = System.nanoTime();
    job.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    int accepted = sink.accepted().getAsInt();
    if (accepted != n) {
      throw new IllegalStateException("sink accepted " + accepted + " messages, expected " + n);
    }
    return n / seconds;
  }

  private static void warnEach(MailWarningNotifier notifier, int n) {
    Instant deletion = Instant.now().plus(Duration.ofDays(30));
    for (int i = 0; i < n; i++) {
      long id = MailBenchWorld.FIRST_LEARNER + i;
      EdxUser user =
          new EdxUser(
              id,
              "learner" + id,
              "learner" + id + "@learners.example.net",
              Optional.of(Instant.parse("2015-06-01T10:00:00Z")),
              Instant.parse("2014-01-01T10:00:00Z"),
              true,
              false,
              false);
      NotificationOutcome outcome = notifier.warn(new WarningNotice(user, 1, 1, deletion, 30));
      if (!(outcome instanceof NotificationOutcome.Sent)) {
        throw new IllegalStateException("warning not sent: " + outcome);
      }
    }
  }

  static RunReport warnRun(WarnInactiveUsersUseCase warnRun, int n) {
    RunReport report =
        warnRun.warnInactiveUsers(
            new WarnInactiveUsersUseCase.Command(false, OptionalInt.of(n), 0), RunObserver.NONE);
    if (report.progress().succeeded() != n) {
      throw new IllegalStateException("warn run sent " + report.progress() + ", expected " + n);
    }
    return report;
  }

  /** The notify adapter as Mork wires it (French, Europe/Paris, 3 retries), without a limit. */
  static MailWarningNotifier notifier(int port) {
    MailSettings d =
        MailSettings.defaults(
            "Mork <mork@fun-mooc.example>",
            "FUN MOOC",
            "https://fun-mooc.example",
            "https://fun-mooc.example/login");
    MailSettings settings =
        new MailSettings(
            d.from(),
            d.siteName(),
            d.siteBaseUrl(),
            d.siteLoginUrl(),
            d.locale(),
            d.zone(),
            RateLimit.parse(UNLIMITED),
            d.rateLimitMaxWait(),
            d.maxRetries(),
            d.retryBackoff(),
            d.operatorRecipients(),
            d.deletionNoticeEnabled(),
            d.templateFolder());
    return new MailWarningNotifier(
        settings, new SmtpMailTransport(SmtpSettings.plain("127.0.0.1", port)), Clock.systemUTC());
  }

  static String stats(List<Double> values, String format) {
    List<Double> sorted = values.stream().sorted().toList();
    if (sorted.isEmpty()) {
      return "-";
    }
    int size = sorted.size();
    double median =
        size % 2 == 1
            ? sorted.get(size / 2)
            : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    return String.format(format, median)
        + " ("
        + String.format(format, sorted.get(0))
        + "-"
        + String.format(format, sorted.get(size - 1))
        + ")";
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      options.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    return options;
  }
}
