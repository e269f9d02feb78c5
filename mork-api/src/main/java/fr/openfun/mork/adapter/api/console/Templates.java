package fr.openfun.mork.adapter.api.console;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The console's FreeMarker templates, read from the jar: HTML output format, so every {@code ${…}}
 * is escaped; a template error throws (the page answers 500 without a stack trace).
 */
final class Templates {
  private final Configuration freemarker;

  Templates() {
    freemarker = new Configuration(Configuration.VERSION_2_3_34);
    freemarker.setClassForTemplateLoading(Templates.class, "/console/templates");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
    freemarker.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setAPIBuiltinEnabled(false);
    freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
  }

  String render(String name, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      freemarker.getTemplate(name + ".ftlh").process(model, out);
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("console template " + name + " failed", e);
    }
    return out.toString();
  }
}
