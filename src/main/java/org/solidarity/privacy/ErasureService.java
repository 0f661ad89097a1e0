package org.solidarity.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.moderation.ModerationAction;

/**
 * Erases the personal data of every message sent with one email address, on the person's request.
 * The messages stay (anonymous) with their status; approved ones stay published without a name.
 */
@ApplicationScoped
public class ErasureService {

  /** Erases name, organization, email and fingerprint; returns how many messages matched. */
  @Transactional
  public int eraseByEmail(String email, String actor) {
    // Addresses are compared without case: people do not type them consistently.
    List<Message> messages =
        Message.list("lower(email) = ?1", email.strip().toLowerCase(Locale.ROOT));
    var now = Times.now();
    for (Message message : messages) {
      message.authorName = null;
      message.organization = null;
      message.email = null;
      message.fingerprint = null;
      ModerationAction.update("note = null where messageId = ?1", message.id);
      // Not a status change: the audit row records that the data went, and who erased it.
      ModerationAction row = new ModerationAction();
      row.messageId = message.id;
      row.actor = actor;
      row.action = "ERASE";
      row.fromStatus = message.status;
      row.toStatus = message.status;
      row.createdAt = now;
      row.persist();
    }
    // Flush now so that a concurrent moderator's change surfaces as a 409 here, not at commit.
    Message.flush();
    return messages.size();
  }
}
