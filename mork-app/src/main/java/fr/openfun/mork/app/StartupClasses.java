package fr.openfun.mork.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a second thread, the classes a node needs before its listener opens (the list in {@code
 * startup-classes.txt}, recorded from {@code -Xlog:class+load}), while the main thread reads the
 * configuration and wires the API: on a machine with two cores or more the main thread then finds
 * most of them already defined. Classes are loaded, not initialised, so no static initialiser runs
 * out of its usual order; a name that no longer exists is skipped. {@code
 * -Dmork.startup-classes=off} turns it off (bin/startup-classes records the list that way).
 */
final class StartupClasses {
  private static final String LIST = "/fr/openfun/mork/app/startup-classes.txt";

  private StartupClasses() {}

  static void preloadInBackground() {
    if ("off".equals(System.getProperty("mork.startup-classes"))) {
      return;
    }
    Thread thread = new Thread(StartupClasses::preload, "mork-preload");
    thread.setDaemon(true);
    thread.start();
  }

  private static void preload() {
    ClassLoader loader = StartupClasses.class.getClassLoader();
    try (InputStream in = StartupClasses.class.getResourceAsStream(LIST)) {
      if (in == null) {
        return;
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String name = lines.readLine(); name != null; name = lines.readLine()) {
        try {
          Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
          // gone or changed since the list was recorded: the main thread loads what it needs
        }
      }
    } catch (IOException e) {
      // the list is an optimisation only
    }
  }
}
