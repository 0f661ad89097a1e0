package org.solidarity.embed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The widget's type-safe Qute templates (templates/embed/); HTML escaping is on in all of them. */
@CheckedTemplate(basePath = "embed")
public final class EmbedTemplates {

  private EmbedTemplates() {}

  public static native TemplateInstance widget(WidgetPage page);

  public static native TemplateInstance error(ErrorPage page);
}
