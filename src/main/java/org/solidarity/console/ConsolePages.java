package org.solidarity.console;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Builds the console's HTML answers: pages, error pages and post-redirect-get redirects. */
@ApplicationScoped
public class ConsolePages {

  static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

  Response page(TemplateInstance page) {
    return page(200, page);
  }

  Response page(int status, TemplateInstance page) {
    return Response.status(status).type(HTML).entity(page.render()).build();
  }

  Response error(Chrome chrome, int status, String title, String detail) {
    Chrome shown = chrome == null ? Chrome.anonymous(null) : chrome;
    return page(status, Views.error(shown, status, title, detail));
  }

  /** A business-rule failure outside a form, shown as an error page instead of JSON. */
  Response problem(ConsoleContext context, org.solidarity.common.ProblemException e) {
    return error(context.chrome("", null), e.type().status(), e.type().title(), e.getMessage());
  }

  /** The address with more query parameters. */
  static String append(String url, String params) {
    return url + (url.contains("?") ? "&" : "?") + params;
  }

  /** 303, so that reloading the next page never repeats the form post. */
  static Response redirect(String location) {
    return Response.seeOther(URI.create(location)).build();
  }
}
