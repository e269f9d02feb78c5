package fr.openfun.mork.app.config;

/** How log lines are written: plain text for people, JSON for log pipelines. */
public enum LogFormat {
  TEXT,
  JSON
}
