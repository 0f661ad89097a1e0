package org.solidarity.submission;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.solidarity.submission.dto.AuthorView;

/** Lets the author of a message see it with the manage token they received. */
@Path("/api/v1/messages/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors")
public class AuthorResource {

  private final SubmissionService submissions;

  public AuthorResource(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @GET
  @Operation(summary = "See your own message and its status (Authorization: Bearer <manageToken>)")
  @APIResponse(responseCode = "404", description = "Unknown id or wrong token")
  public AuthorView get(
      @PathParam("id") String id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return submissions.authorView(id, bearer(authorization));
  }

  static String bearer(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return authorization.substring(7).strip();
  }
}
