package fr.openfun.mork.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} or simple properties file: {@code NAME=value} lines, {@code #} comments, an
 * optional {@code export} prefix, and values optionally wrapped in single or double quotes.
 */
final class DotEnvFile {
  private DotEnvFile() {}

  static Map<String, String> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(
          List.of("MORK_CONFIG_FILE: cannot read '" + file + "' (" + e.getMessage() + ")"));
    }
    return parse(lines, file.toString());
  }

  static Map<String, String> parse(List<String> lines, String fileName) {
    Map<String, String> values = new LinkedHashMap<>();
    int number = 0;
    for (String raw : lines) {
      number++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      if (equals <= 0) {
        throw new ConfigException(
            List.of(
                "MORK_CONFIG_FILE: line " + number + " of '" + fileName + "' is not NAME=value"));
      }
      values.put(line.substring(0, equals).strip(), unquote(line.substring(equals + 1).strip()));
    }
    return values;
  }

  private static String unquote(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      if ((first == '"' || first == '\'') && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1);
      }
    }
    return value;
  }
}
