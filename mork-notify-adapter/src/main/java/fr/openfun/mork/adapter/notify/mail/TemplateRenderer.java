package fr.openfun.mork.adapter.notify.mail;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@code <language>/<name>} templates: from the override folder when it holds the file,
 * else from the classpath. {@code .ftlh} templates escape every value as HTML; {@code .ftl} ones
 * are plain text.
 */
final class TemplateRenderer {

  static final String CLASSPATH_ROOT = "/fr/openfun/mork/adapter/notify/templates";

  private final Configuration configuration;

  TemplateRenderer(Optional<Path> overrideFolder) {
    configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setLocalizedLookup(false);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    configuration.setTemplateLoader(loader(overrideFolder));
  }

  private static TemplateLoader loader(Optional<Path> overrideFolder) {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (overrideFolder.isPresent()) {
      try {
        loaders.add(new FileTemplateLoader(overrideFolder.get().toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read template folder " + overrideFolder.get(), e);
      }
    }
    loaders.add(new ClassTemplateLoader(TemplateRenderer.class, CLASSPATH_ROOT));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }

  /** Renders one template; a missing or broken template is a programming or operator error. */
  String render(String name, Locale locale, Map<String, Object> model) {
    String path = locale.getLanguage() + "/" + name;
    try {
      StringWriter out = new StringWriter();
      configuration.getTemplate(path, locale).process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("cannot render mail template " + path, e);
    }
  }
}
