package org.solidarity.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.account.Role;
import org.solidarity.common.PageLimit;
import org.solidarity.common.ProblemException;
import org.solidarity.webhook.dto.DeliveryView;
import org.solidarity.webhook.dto.NewWebhook;
import org.solidarity.webhook.dto.WebhookUpdate;
import org.solidarity.webhook.dto.WebhookView;

/** Admin management of a campaign's outgoing webhooks and of their deliveries. */
@Path("/api/v1/admin/campaigns/{slug}/webhooks")
@RolesAllowed(Role.ADMIN_ROLE)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "Not signed in")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminWebhookResource {

  private final WebhookService webhooks;

  public AdminWebhookResource(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @GET
  @Operation(summary = "List a campaign's webhooks with deliveries counted per state")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public List<WebhookView> list(@PathParam("slug") String slug) {
    return webhooks.list(slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a webhook; the answer shows its signing secret, this once")
  @APIResponse(responseCode = "201", description = "Created")
  @APIResponse(responseCode = "400", description = "Bad URL, secret or event name")
  @APIResponse(responseCode = "404", description = "No such campaign")
  public Response create(@PathParam("slug") String slug, @Valid @NotNull NewWebhook request) {
    WebhookView created = webhooks.create(slug, request);
    return Response.created(
            UriBuilder.fromPath("/api/v1/admin/campaigns/{slug}/webhooks/{id}")
                .build(slug, created.id()))
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a webhook's URL, secret, events or enabled flag")
  @APIResponse(responseCode = "400", description = "Bad URL, secret or event name")
  @APIResponse(responseCode = "404", description = "No such campaign or webhook")
  public WebhookView update(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @Valid @NotNull WebhookUpdate request) {
    return webhooks.update(slug, id(id), request);
  }

  @DELETE
  @Path("/{id}")
  @Operation(summary = "Remove a webhook and its deliveries")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "404", description = "No such campaign or webhook")
  public void delete(@PathParam("slug") String slug, @PathParam("id") String id) {
    webhooks.delete(slug, id(id));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(
      summary = "A webhook's deliveries, newest first; state=DEAD shows the ones given up",
      description = "Page with before=<id of the last delivery seen>.")
  @APIResponse(responseCode = "400", description = "Bad state, limit or before")
  @APIResponse(responseCode = "404", description = "No such campaign or webhook")
  public List<DeliveryView> deliveries(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @QueryParam("state") String state,
      @QueryParam("before") String before,
      @QueryParam("limit") String limit) {
    Long beforeId = before == null || before.isBlank() ? null : number("before", before);
    return webhooks.deliveries(slug, id(id), state, beforeId, PageLimit.parse(limit));
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/retry")
  @Operation(summary = "Deliver again from scratch, e.g. a DEAD delivery after a fix")
  @APIResponse(responseCode = "404", description = "No such campaign, webhook or delivery")
  public DeliveryView retry(
      @PathParam("slug") String slug,
      @PathParam("id") String id,
      @PathParam("deliveryId") String deliveryId) {
    return webhooks.retry(slug, id(id), id(deliveryId));
  }

  private static long id(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ProblemException.notFound("Webhook");
    }
  }

  private static long number(String field, String raw) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, "must be a delivery id");
    }
  }
}
