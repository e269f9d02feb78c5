package fr.openfun.mork.adapter.api.console;

import io.javalin.security.RouteRole;

/** The role of every console route: guarded by the console's own session, not by API keys. */
enum ConsoleRole implements RouteRole {
  SESSION
}
