package fr.openfun.mork.adapter.edx;

import fr.openfun.mork.domain.model.PlanAction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The erasure rules: the defaults shipped with Mork (protected tables, known edX user columns
 * without a foreign key) overridden by the operator's file. Format, one rule a line ({@code #}
 * starts a comment): {@code <table>[.<column>] <action> [ref=<table>.<column>] [<col>=<value>
 * ...]}, action one of delete, set_null, anonymize, protect, ignore; values are bare words, {@code
 * "quoted strings"} or {@code null}. A later rule for the same target replaces the earlier one.
 */
public record ErasureRules(Map<String, ErasureRule> byTarget) {
  static final String DEFAULTS = "edx-default-rules.txt";

  public ErasureRules {
    byTarget = Map.copyOf(byTarget);
  }

  public static ErasureRules none() {
    return new ErasureRules(Map.of());
  }

  /** The rules Mork ships for Open edX (see docs/edx-erasure.md). */
  public static ErasureRules defaults() {
    try (InputStream in = ErasureRules.class.getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The defaults, overridden by the operator's rules file. */
  public static ErasureRules defaultsWith(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return defaults().overriddenBy(parse(text, file.getFileName().toString()));
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read erasure rules " + file + ": " + e, e);
    }
  }

  /** Parses a rules text; a bad line fails with its file name and line number. */
  public static ErasureRules parse(String text, String sourceName) {
    Map<String, ErasureRule> rules = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String source = sourceName + ":" + (i + 1);
      List<String> tokens = RuleTokenizer.tokens(lines[i], source);
      if (!tokens.isEmpty()) {
        ErasureRule rule = rule(tokens, source);
        rules.put(rule.target(), rule);
      }
    }
    return new ErasureRules(rules);
  }

  private static ErasureRule rule(List<String> tokens, String source) {
    if (tokens.size() < 2) {
      throw new IllegalArgumentException(source + ": expected '<table>[.<column>] <action> ...'");
    }
    String target = tokens.get(0);
    int dot = target.indexOf('.');
    String table = dot < 0 ? target : target.substring(0, dot);
    Optional<String> column = dot < 0 ? Optional.empty() : Optional.of(target.substring(dot + 1));
    PlanAction action = action(tokens.get(1), source);
    Optional<String> ref = Optional.empty();
    Map<String, Optional<String>> set = new LinkedHashMap<>();
    for (String option : tokens.subList(2, tokens.size())) {
      int eq = option.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(source + ": expected key=value, was " + option);
      }
      String key = option.substring(0, eq);
      String value = option.substring(eq + 1);
      if (key.equals("ref")) {
        ref = Optional.of(value);
      } else {
        set.put(key, value.equals(RuleTokenizer.NULL) ? Optional.empty() : Optional.of(value));
      }
    }
    return new ErasureRule(table, column, action, ref, set, source);
  }

  private static PlanAction action(String word, String source) {
    for (PlanAction a : PlanAction.values()) {
      if (a.wireName().equals(word)) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        source
            + ": unknown action '"
            + word
            + "' (delete, set_null, reassign, anonymize, protect, ignore)");
  }

  /** These rules with {@code other}'s replacing any of the same target. */
  public ErasureRules overriddenBy(ErasureRules other) {
    Map<String, ErasureRule> merged = new LinkedHashMap<>(byTarget);
    merged.putAll(other.byTarget);
    return new ErasureRules(merged);
  }

  Optional<ErasureRule> forColumn(String table, String column) {
    return Optional.ofNullable(byTarget.get(table + "." + column));
  }

  Optional<ErasureRule> forTable(String table) {
    return Optional.ofNullable(byTarget.get(table));
  }
}
