package fr.openfun.mork.adapter.api;

import io.javalin.config.RoutesConfig;
import io.javalin.security.RouteRole;

/**
 * Routes served by the API's server that authenticate their callers themselves (the operator
 * console's session cookie). Each declares {@link #role()} on all its routes; the API's key guard
 * lets that role through and polices every other route as before.
 */
public interface ApiMount {

  /** The role every route of this mount declares, and no API route does. */
  RouteRole role();

  void register(RoutesConfig routes);
}
