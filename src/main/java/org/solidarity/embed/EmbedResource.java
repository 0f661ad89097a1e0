package org.solidarity.embed;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.solidarity.common.ClientAddress;
import org.solidarity.common.Problem.FieldError;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.feed.HttpCaching;
import org.solidarity.message.MessageStatus;
import org.solidarity.submission.SenderFingerprint;
import org.solidarity.submission.dto.SubmissionReceipt;

/** The embeddable widget: an HTML page of a campaign's messages, with an optional form. */
@Path("/embed/{slug}")
@Tag(name = "Embed")
public class EmbedResource {

  static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

  /** Problems the form answers by showing itself again, with what was typed. */
  private static final Set<ProblemType> FORM_PROBLEMS =
      EnumSet.of(
          ProblemType.VALIDATION, ProblemType.CAMPAIGN_CLOSED, ProblemType.TOO_MANY_REQUESTS);

  private final WidgetService widgets;
  private final SenderFingerprint fingerprints;
  private final ClientAddress clientAddress;
  private final EmbedAssets assets;
  private final SolidarityConfig config;

  public EmbedResource(
      WidgetService widgets,
      SenderFingerprint fingerprints,
      ClientAddress clientAddress,
      EmbedAssets assets,
      SolidarityConfig config) {
    this.widgets = widgets;
    this.fingerprints = fingerprints;
    this.clientAddress = clientAddress;
    this.assets = assets;
    this.config = config;
  }

  @GET
  @Produces(HTML)
  @Operation(summary = "The widget page; works without JavaScript, frameable by any site")
  @APIResponse(responseCode = "304", description = "Not modified since the given ETag")
  @APIResponse(responseCode = "400", description = "A cursor this feed did not issue")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Response widget(
      @PathParam("slug") String slug,
      @QueryParam("limit") String limit,
      @QueryParam("lang") String lang,
      @QueryParam("theme") String theme,
      @QueryParam("form") String form,
      @QueryParam("cursor") String cursor,
      @QueryParam("sent") String sent,
      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    EmbedOptions options = EmbedOptions.parse(limit, lang, theme, form, acceptLanguage);
    String sentState = "published".equals(sent) || "pending".equals(sent) ? sent : null;
    WidgetPage page = widgets.page(slug, options, cursor, sentState, null, List.of(), null);
    String html = EmbedTemplates.widget(page).setLocale(options.locale()).render();
    // Same ETag, 304 and Cache-Control rules as the JSON feed the page is made from.
    Response response = HttpCaching.respond(HttpCaching.render(html, HTML), ifNoneMatch, config);
    if (EmbedOptions.langGiven(lang)) {
      return response;
    }
    return Response.fromResponse(response)
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  @POST
  @Path("/messages")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  @Operation(summary = "The widget's form: stores the message, then shows the thank-you note")
  @APIResponse(responseCode = "303", description = "Stored; see the widget's thank-you state")
  @APIResponse(responseCode = "400", description = "The form again, with the errors marked")
  @APIResponse(responseCode = "409", description = "The campaign is closed")
  @APIResponse(responseCode = "429", description = "The form again, asking to wait (Retry-After)")
  public Response submit(
      @PathParam("slug") String slug,
      @QueryParam("limit") String limit,
      @QueryParam("lang") String lang,
      @QueryParam("theme") String theme,
      @BeanParam EmbedForm form,
      @Context HttpServerRequest http) {
    EmbedOptions options = EmbedOptions.parse(limit, lang, theme, "1", null);
    try {
      // The address itself goes no further than this line: only its salted hash is kept.
      String fingerprint = fingerprints.of(clientAddress.of(http));
      SubmissionReceipt receipt = widgets.submit(slug, form, fingerprint);
      String sent = receipt.status() == MessageStatus.APPROVED ? "published" : "pending";
      // Post/redirect/get: reloading the thank-you page never sends the message twice. The
      // Location stays relative so that it keeps the scheme and host behind a TLS proxy.
      return Response.status(Response.Status.SEE_OTHER)
          .header(HttpHeaders.LOCATION, options.widgetUrl(slug, null, sent))
          .build();
    } catch (ProblemException e) {
      if (!FORM_PROBLEMS.contains(e.type())) {
        throw e;
      }
      List<FieldError> errors = e.errors() == null ? List.of() : e.errors();
      String alert =
          e.type() == ProblemType.TOO_MANY_REQUESTS ? WidgetService.text(options).tooMany() : null;
      WidgetPage page = widgets.page(slug, options, null, null, form, errors, alert);
      Response.ResponseBuilder answer =
          Response.status(e.type().status())
              .entity(EmbedTemplates.widget(page).setLocale(options.locale()).render())
              .header(HttpHeaders.CACHE_CONTROL, "no-store");
      e.headers().forEach(answer::header);
      return answer.build();
    }
  }

  /** Errors of the widget are small HTML pages in the widget's language, not JSON problems. */
  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
    MultivaluedMap<String, String> query = uri.getQueryParameters();
    EmbedOptions options =
        EmbedOptions.parse(
            query.getFirst("limit"),
            query.getFirst("lang"),
            query.getFirst("theme"),
            query.getFirst("form"),
            headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    EmbedMessages text = WidgetService.text(options);
    int status = e.type().status();
    String slug = uri.getPathParameters().getFirst("slug");
    ErrorPage page =
        switch (status) {
          case 404 ->
              new ErrorPage(
                  options, text.notFoundTitle(), text.notFoundBody(), null, assets.version());
          case 400 ->
              new ErrorPage(
                  options,
                  text.badRequestTitle(),
                  text.badRequestBody(),
                  options.widgetUrl(slug, null, null),
                  assets.version());
          default ->
              new ErrorPage(options, text.failedTitle(), text.failedBody(), null, assets.version());
        };
    return Response.status(status)
        .type(HTML)
        .entity(EmbedTemplates.error(page).setLocale(options.locale()).render())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
