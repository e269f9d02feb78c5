package fr.openfun.mork.adapter.notify.mail;

import fr.openfun.mork.domain.model.DeletionNotice;
import fr.openfun.mork.domain.model.ReportEntry;
import fr.openfun.mork.domain.model.RunReport;
import fr.openfun.mork.domain.model.RunStop;
import fr.openfun.mork.domain.model.WarningNotice;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The variables templates see (documented in {@code docs/notifications.md}). Dates arrive already
 * formatted in the configured locale and zone; digests carry counts and masked entries only.
 */
final class TemplateModels {

  /** At most this many protected or failed users are listed in a digest. */
  static final int DIGEST_ENTRIES = 50;

  private final MailSettings settings;
  private final DateTimeFormatter dateFormat;

  TemplateModels(MailSettings settings) {
    this.settings = settings;
    this.dateFormat =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(settings.locale())
            .withZone(settings.zone());
  }

  Map<String, Object> warning(WarningNotice notice) {
    Map<String, Object> model = site();
    model.put("username", notice.user().username());
    model.put("deletionDate", format(notice.deletionDate()));
    model.put("daysLeft", notice.daysLeft());
    model.put("reminder", notice.reminder());
    model.put("ofReminders", notice.ofReminders());
    model.put("lastReminder", notice.reminder() == notice.ofReminders());
    return model;
  }

  Map<String, Object> deleted(DeletionNotice notice) {
    Map<String, Object> model = site();
    model.put("username", notice.username());
    model.put("deletionDate", format(notice.deletedAt()));
    return model;
  }

  Map<String, Object> digest(RunReport report) {
    Map<String, Object> model = site();
    model.put("task", report.type().wireName());
    model.put("dryRun", report.dryRun());
    model.put("scanned", report.progress().scanned());
    model.put("selected", report.progress().selected());
    model.put("succeeded", report.progress().succeeded());
    model.put("skipped", report.progress().skipped());
    model.put("failed", report.progress().failed());
    model.put("outcomes", new TreeMap<>(report.outcomes()));
    model.put("stoppedBecause", report.stop().map(RunStop::message).orElse(""));
    List<Map<String, Object>> notable =
        report.entries().stream()
            .filter(e -> !e.outcome().equalsIgnoreCase("deleted") && !e.outcome().equals("sent"))
            .limit(DIGEST_ENTRIES)
            .map(TemplateModels::entry)
            .toList();
    model.put("entries", notable);
    model.put("entriesTruncated", report.entriesTruncated() || notable.size() == DIGEST_ENTRIES);
    return model;
  }

  /** {@code who} is already masked by the domain; emails never reach a digest. */
  private static Map<String, Object> entry(ReportEntry entry) {
    return Map.of(
        "edxUserId", entry.edxUserId(),
        "who", entry.who(),
        "outcome", entry.outcome(),
        "detail", entry.detail());
  }

  private Map<String, Object> site() {
    Map<String, Object> model = new HashMap<>();
    model.put("siteName", settings.siteName());
    model.put("siteBaseUrl", settings.siteBaseUrl());
    model.put("loginUrl", settings.siteLoginUrl());
    return model;
  }

  private String format(Instant instant) {
    return dateFormat.format(instant);
  }
}
