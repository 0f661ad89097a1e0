package org.solidarity.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.ModerationAction;
import org.solidarity.moderation.StatusTransitions;

/**
 * Lets authors take their message back with its manage token. The message leaves every public
 * surface (the feed trigger tells live clients and caches), and what could identify the author is
 * erased: name, organization, email, fingerprint, the text itself and any moderator notes about it.
 */
@ApplicationScoped
public class Withdrawals {

  /** Audit actor of withdrawals; the audit row carries nothing else about the author. */
  public static final String AUTHOR = "author";

  private final StatusTransitions transitions;

  public Withdrawals(StatusTransitions transitions) {
    this.transitions = transitions;
  }

  /**
   * Withdraws the message; repeating it changes nothing. Wrong token and unknown id are both 404.
   */
  @Transactional
  public void withdraw(String id, String bearerToken) {
    Message message = SubmissionService.authorsMessage(id, bearerToken);
    if (message.status == MessageStatus.WITHDRAWN) {
      return;
    }
    message.authorName = null;
    message.organization = null;
    message.email = null;
    message.fingerprint = null;
    message.body = "";
    // Earlier notes may quote the message or its author; the decisions themselves stay on record.
    ModerationAction.update("note = null where messageId = ?1", message.id);
    transitions.move(message, MessageStatus.WITHDRAWN, AUTHOR, "WITHDRAW", null, null);
  }
}
