package org.solidarity.common;

import java.util.List;
import java.util.Map;

/** A business-rule failure that the API answers as a problem document of a known type. */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> errors;
  private final Map<String, String> headers;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, null, Map.of());
  }

  public ProblemException(
      ProblemType type,
      String detail,
      List<Problem.FieldError> errors,
      Map<String, String> headers) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = errors;
    this.headers = headers;
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
  }

  public static ProblemException invalid(String field, String message) {
    return new ProblemException(
        ProblemType.VALIDATION,
        "The request has an invalid field",
        List.of(new Problem.FieldError(field, message)),
        Map.of());
  }

  public ProblemType type() {
    return type;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public Problem toProblem() {
    return Problem.of(type, getMessage(), errors);
  }
}
