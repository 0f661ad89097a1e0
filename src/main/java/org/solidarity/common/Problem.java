package org.solidarity.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} lists field-level validation failures. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** One invalid field and why. */
  public record FieldError(String field, String message) {}

  public static Problem of(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null);
  }

  public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
    return new Problem(type.uri(), type.title(), type.status(), detail, errors);
  }
}
