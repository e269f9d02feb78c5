package fr.openfun.mork.adapter.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The OpenAPI 3.1 document (a hand-maintained resource) and Swagger UI, served from the webjar on
 * the classpath: no CDN. Only the three files the page needs are served from the webjar.
 */
final class DocsController {
  static final String OPENAPI_RESOURCE = "/fr/openfun/mork/adapter/api/openapi.json";
  private static final String WEBJAR = "/META-INF/resources/webjars/swagger-ui/";
  private static final Map<String, String> ASSETS =
      Map.of(
          "swagger-ui.css", "text/css",
          "swagger-ui-bundle.js", "text/javascript",
          "favicon-32x32.png", "image/png");
  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>Mork API</title>
      <link rel="stylesheet" href="/docs/swagger-ui.css">
      <link rel="icon" type="image/png" href="/docs/favicon-32x32.png"></head>
      <body><div id="swagger-ui"></div>
      <script src="/docs/swagger-ui-bundle.js"></script>
      <script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
      </body></html>
      """;

  private final byte[] openApi = read(OPENAPI_RESOURCE);
  private final String webjarVersion = webjarVersion();

  void register(RoutesConfig routes) {
    routes.addHttpHandler(HandlerType.GET, "/openapi.json", this::openApi, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/docs", this::page, Scope.OPEN);
    routes.addHttpHandler(HandlerType.GET, "/docs/{asset}", this::asset, Scope.OPEN);
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json").result(openApi);
  }

  private void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(PAGE);
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("asset");
    String type = ASSETS.get(name);
    if (type == null) {
      throw ApiException.notFound("Not Found");
    }
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(read(WEBJAR + webjarVersion + "/" + name));
  }

  private static String webjarVersion() {
    Properties properties = new Properties();
    try (InputStream in = resource("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String path) {
    try (InputStream in = resource(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String path) {
    InputStream in = DocsController.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + path);
    }
    return in;
  }
}
