package fr.openfun.mork.app.config;

/** What a node runs: the API, the worker (jobs, schedules, reconcilers), or both. */
public enum RunMode {
  ALL,
  API,
  WORKER;

  public boolean runsApi() {
    return this != WORKER;
  }

  public boolean runsWorker() {
    return this != API;
  }
}
