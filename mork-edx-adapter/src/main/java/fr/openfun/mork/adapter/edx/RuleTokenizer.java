package fr.openfun.mork.adapter.edx;

import java.util.ArrayList;
import java.util.List;

/** Splits a rules line on blanks; double quotes keep blanks, {@code \"} a quote; # a comment. */
final class RuleTokenizer {
  /** A marker no quoted value can produce: the bare word null. */
  static final String NULL = "\u0000null";

  private RuleTokenizer() {}

  static List<String> tokens(String line, String source) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < line.length()) {
          current.append(line.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        any = true;
        wasQuoted = true;
      } else if (c == '#') {
        break;
      } else if (Character.isWhitespace(c)) {
        flush(tokens, current, any, wasQuoted);
        any = false;
        wasQuoted = false;
      } else {
        current.append(c);
        any = true;
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(source + ": unterminated quote");
    }
    flush(tokens, current, any, wasQuoted);
    return tokens;
  }

  private static void flush(
      List<String> tokens, StringBuilder current, boolean any, boolean wasQuoted) {
    if (any) {
      String token = current.toString();
      tokens.add(
          !wasQuoted && token.endsWith("=null") ? token.replace("=null", "=" + NULL) : token);
      current.setLength(0);
    }
  }
}
