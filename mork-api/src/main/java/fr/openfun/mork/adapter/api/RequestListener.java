package fr.openfun.mork.adapter.api;

import java.time.Duration;

/**
 * Told of every HTTP request once answered, for metrics: the method, the matched route pattern
 * (such as {@code /v1/tasks/{task_id}}, never the raw path, so no user data and few distinct
 * values; {@value #UNMATCHED} when no route matched), the status and the time taken. Called on the
 * request thread: keep it quick. What it throws is logged and ignored.
 */
@FunctionalInterface
public interface RequestListener {
  /** The route of a request no route matched (404, or rejected before routing). */
  String UNMATCHED = "unmatched";

  RequestListener NONE = (method, route, status, duration) -> {};

  void onRequest(String method, String route, int status, Duration duration);
}
