package fr.openfun.mork.adapter.api;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Removes {@code X-HTTP-Method-Override} from every request before Javalin sees it. Javalin's
 * {@code Context.method()} honours that header, so a GET would run the PATCH, POST or OPTIONS
 * handler and slip past proxy and WAF rules keyed on the method. The request line's method is the
 * method. ({@code ?_method=} needs nothing: Javalin ignores it.)
 */
final class MethodOverrideStripper implements HttpConfiguration.Customizer {
  static final String HEADER = "X-HTTP-Method-Override";

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    if (!request.getHeaders().contains(HEADER)) {
      return request;
    }
    HttpFields stripped = HttpFields.build(request.getHeaders()).remove(HEADER).asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return stripped;
      }
    };
  }
}
