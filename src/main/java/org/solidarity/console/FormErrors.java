package org.solidarity.console;

import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.solidarity.common.ProblemException;

/** Why a form was refused, in words for the page: a summary and one line per invalid field. */
@TemplateData
public record FormErrors(String summary, List<String> details) {

  static FormErrors of(ProblemException e) {
    List<String> details =
        e.errors() == null
            ? List.of()
            : e.errors().stream().map(f -> f.field() + ": " + f.message()).toList();
    return new FormErrors(e.getMessage(), details);
  }

  static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
    List<String> details =
        violations.stream()
            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
            .sorted(Comparator.naturalOrder())
            .toList();
    return new FormErrors("Some fields are not valid", details);
  }
}
