package org.solidarity.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Makes every problem {@code type} URI the API answers with resolvable and documented. */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class ProblemTypesResource {

  /** One entry of the catalogue. */
  public record ProblemTypeView(String type, String title, int status) {

    static ProblemTypeView of(ProblemType type) {
      return new ProblemTypeView(type.uri(), type.title(), type.status());
    }
  }

  @GET
  @Operation(summary = "The catalogue of problem types errors are reported with")
  public List<ProblemTypeView> catalogue() {
    return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
  }

  @GET
  @Path("/{slug}")
  @Operation(summary = "One problem type")
  @APIResponse(responseCode = "404", description = "No such problem type")
  public ProblemTypeView one(@PathParam("slug") String slug) {
    return Arrays.stream(ProblemType.values())
        .filter(t -> t.slug().equals(slug))
        .findFirst()
        .map(ProblemTypeView::of)
        .orElseThrow(() -> ProblemException.notFound("Problem type '" + slug + "'"));
  }
}
