package fr.openfun.mork.adapter.api;

import io.javalin.security.RouteRole;

/** Who may call a route; each route declares exactly one. */
enum Scope implements RouteRole {
  /** No key needed: heartbeats and the API documentation. */
  OPEN,
  /** Admin keys only. */
  ADMIN,
  /** Admin keys and metrics keys: the Prometheus scrape. */
  METRICS,
  /** Admin and service keys: reading the ledger. */
  LEDGER_READ,
  /** Admin keys, and a service key for its own service only (checked by the handler). */
  STATUS_WRITE
}
