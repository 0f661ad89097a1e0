package org.solidarity.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where exceptions become {@code application/problem+json} answers.
 *
 * <p>Each mapper names the exact exception types it owns so that it wins over Quarkus' built-in
 * mappers; nothing here ever echoes an exception class name or stack trace to the client.
 */
public class ProblemMapper {

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
  private static final String FORM_DECODER =
      "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedDataDefinition";

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    Response.ResponseBuilder builder = build(e.toProblem());
    e.headers().forEach(builder::header);
    return builder.build();
  }

  @ServerExceptionMapper({
    ConstraintViolationException.class,
    ResteasyReactiveViolationException.class
  })
  public Response validation(ConstraintViolationException e) {
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .collect(Collectors.toCollection(ArrayList::new));
    return build(Problem.of(ProblemType.VALIDATION, "The request has invalid fields", errors))
        .build();
  }

  @ServerExceptionMapper({
    UnrecognizedPropertyException.class,
    InvalidFormatException.class,
    MismatchedInputException.class,
    JsonMappingException.class
  })
  public Response badJsonShape(JsonMappingException e) {
    // Jackson wraps what the body stream threw mid-value (e.g. the size limit): answer that.
    if (e.getCause() instanceof ProblemException problem) {
      return problem(problem);
    }
    String field = pathOf(e);
    String message =
        e instanceof UnrecognizedPropertyException
            ? "unknown field"
            : e instanceof InvalidFormatException || e instanceof MismatchedInputException
                ? "wrong type or format"
                : "cannot be read";
    if (field.isEmpty()) {
      return build(
              Problem.of(
                  ProblemType.MALFORMED_JSON, "The request body is not the expected JSON object"))
          .build();
    }
    return build(
            Problem.of(
                ProblemType.VALIDATION,
                "The request has invalid fields",
                List.of(new Problem.FieldError(field, message))))
        .build();
  }

  @ServerExceptionMapper({JsonProcessingException.class})
  public Response malformedJson(JsonProcessingException e) {
    if (e.getCause() instanceof ProblemException problem) {
      return problem(problem);
    }
    return build(Problem.of(ProblemType.MALFORMED_JSON, "The request body is not valid JSON"))
        .build();
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthorized(RuntimeException e) {
    // The account lookup needs the database: while it is away, credentials cannot be judged.
    if (DatabaseOutage.causedBy(e)) {
      return unavailable(e);
    }
    return build(Problem.of(ProblemType.UNAUTHORIZED, "Valid credentials are required"))
        .header("WWW-Authenticate", "Basic realm=\"Solidarity\", charset=\"UTF-8\"")
        .build();
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return build(Problem.of(ProblemType.FORBIDDEN, "Your role does not allow this")).build();
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e) {
    return build(
            Problem.of(
                ProblemType.STALE_VERSION,
                "Someone else changed this resource first; reload it and try again"))
        .build();
  }

  @ServerExceptionMapper({
    jakarta.ws.rs.NotFoundException.class,
    NotAllowedException.class,
    NotSupportedException.class,
    NotAcceptableException.class,
    WebApplicationException.class
  })
  public Response web(WebApplicationException e) {
    // The JSON reader wraps Jackson's failures; answer them as the JSON problems they are.
    if (e.getCause() instanceof JsonMappingException mapping) {
      return badJsonShape(mapping);
    }
    if (e.getCause() instanceof JsonProcessingException processing) {
      return malformedJson(processing);
    }
    int status = e.getResponse().getStatus();
    ProblemType type =
        switch (status) {
          case 400 -> ProblemType.VALIDATION;
          case 401 -> ProblemType.UNAUTHORIZED;
          case 403 -> ProblemType.FORBIDDEN;
          case 404 -> ProblemType.NOT_FOUND;
          case 405 -> ProblemType.METHOD_NOT_ALLOWED;
          case 406 -> ProblemType.NOT_ACCEPTABLE;
          case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
          case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
          case 503 -> ProblemType.UNAVAILABLE;
          default -> status >= 500 ? ProblemType.INTERNAL : ProblemType.VALIDATION;
        };
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    String detail =
        switch (type) {
          case NOT_FOUND -> "No resource at this address";
          case METHOD_NOT_ALLOWED -> "This method is not supported here";
          case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json";
          case NOT_ACCEPTABLE -> "No representation matches the Accept header";
          default -> type.title();
        };
    Response.ResponseBuilder builder = build(Problem.of(type, detail));
    Object allow = e.getResponse().getHeaders().getFirst("Allow");
    if (allow != null) {
      builder.header("Allow", allow);
    }
    return builder.build();
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    if (DatabaseOutage.causedBy(e)) {
      return unavailable(e);
    }
    if (RejectedByDatabase.causedBy(e)) {
      // Input that passed validation but that PostgreSQL cannot store is still the client's input.
      LOG.warnf("Input refused by the database: %s", RejectedByDatabase.reason(e));
      return build(
              Problem.of(
                  ProblemType.VALIDATION, "The request contains a value that cannot be stored"))
          .build();
    }
    if (e instanceof IllegalArgumentException && fromFormDecoder(e)) {
      // A form body with a broken %-escape fails in the framework's decoder: the client's input.
      return build(Problem.of(ProblemType.VALIDATION, "The form body is not correctly encoded"))
          .build();
    }
    if (clientWentAway(e)) {
      // The client closed the connection before sending its whole body: nothing was read, nothing
      // stored, and nobody is left to answer. Not the service's error.
      LOG.debugf("Client closed the connection mid-request: %s", e.getMessage());
      return build(Problem.of(ProblemType.VALIDATION, "The request body was cut off")).build();
    }
    String ref = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error (reference %s)", ref);
    return build(
            Problem.of(
                ProblemType.INTERNAL, "Something went wrong on our side (reference " + ref + ")"))
        .build();
  }

  /** 503 with Retry-After: nothing was stored, and the same request may simply be sent again. */
  private static Response unavailable(Throwable e) {
    LOG.warnf("Database unavailable, answering 503: %s", e.getMessage());
    return build(
            Problem.of(
                ProblemType.UNAVAILABLE,
                "The service cannot reach its database right now; nothing was changed. Retry later"))
        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
        .build();
  }

  private static Response.ResponseBuilder build(Problem problem) {
    return Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
  }

  private static boolean clientWentAway(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof io.vertx.core.http.HttpClosedException) {
        return true;
      }
    }
    return false;
  }

  private static boolean fromFormDecoder(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith(FORM_DECODER)) {
        return true;
      }
    }
    return false;
  }

  /** Turns {@code submit.request.authorName} into {@code authorName}, the name clients sent. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null) {
        names.add(node.getName());
      }
    }
    if (names.size() <= 2) {
      return names.isEmpty() ? "" : names.get(names.size() - 1);
    }
    return String.join(".", names.subList(2, names.size()));
  }

  private static String pathOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }
}
