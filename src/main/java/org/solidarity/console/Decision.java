package org.solidarity.console;

import java.util.Locale;
import org.solidarity.common.ProblemException;
import org.solidarity.moderation.DecisionAction;

/** A decision as a console form sent it; {@code body} is the edited text, null when unchanged. */
record Decision(DecisionAction action, Long version, String reason, String note, String body) {

  static DecisionAction action(String raw) {
    try {
      return DecisionAction.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("action", "is not a known decision");
    }
  }
}
