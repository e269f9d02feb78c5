package fr.openfun.mork.app.config;

import java.util.List;

/** Renders the effective configuration as {@code mork config} shows it: secrets already masked. */
public final class ConfigPrinter {
  private ConfigPrinter() {}

  public static String render(List<ConfigEntry> entries) {
    int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (ConfigEntry entry : entries) {
      out.append(String.format("%-" + width + "s = %s", entry.name(), entry.shownValue()));
      if (!entry.origin().equals("default")) {
        out.append("   (").append(entry.origin()).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The configuration followed by its warnings. */
  public static String render(MorkConfig config) {
    StringBuilder out = new StringBuilder(render(config.effective()));
    for (String warning : config.warnings()) {
      out.append("warning: ").append(warning).append('\n');
    }
    return out.toString();
  }
}
