package org.solidarity.embed;

import java.util.List;

/**
 * The submission form's state: open or closed campaign, the values to show again, the field errors
 * or a form-wide alert (e.g. too many messages), and which thank-you note to show after a message
 * was sent ("pending" or "published").
 */
public record FormView(
    String action,
    boolean accepting,
    String sent,
    EmbedForm values,
    FormErrors errors,
    String alert,
    List<Choice> countries,
    List<Choice> languages) {

  /** The form starts folded away and opens by itself when it has something to correct. */
  public boolean expanded() {
    return errors.any() || alert != null;
  }
}
