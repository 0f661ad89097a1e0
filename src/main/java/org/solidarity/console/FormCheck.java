package org.solidarity.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;

/**
 * Applies a request record's Bean Validation rules to what a console form sent, the same rules the
 * JSON API applies with {@code @Valid}, so both doors refuse the same input.
 */
@ApplicationScoped
public class FormCheck {

  private final Validator validator;

  public FormCheck(Validator validator) {
    this.validator = validator;
  }

  /** The record itself when valid; otherwise a {@link Refused} listing the invalid fields. */
  <T> T valid(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new Refused(FormErrors.of(violations));
    }
    return request;
  }

  /** A form the rules refused; pages show its errors next to the form. */
  static final class Refused extends ProblemException {
    private final FormErrors errors;

    Refused(FormErrors errors) {
      super(ProblemType.VALIDATION, errors.summary());
      this.errors = errors;
    }

    FormErrors formErrors() {
      return errors;
    }
  }

  static FormErrors errorsOf(ProblemException e) {
    return e instanceof Refused refused ? refused.formErrors() : FormErrors.of(e);
  }
}
