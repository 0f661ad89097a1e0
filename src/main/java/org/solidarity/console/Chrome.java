package org.solidarity.console;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import org.solidarity.account.Role;

/**
 * What every console page shows around its content: who is signed in, what they may see, the status
 * message, and the CSRF token its forms carry (null where the page has none to offer).
 */
@TemplateData
public record Chrome(
    String user,
    boolean admin,
    String section,
    Message notice,
    String csrfField,
    String csrfToken) {

  /** A status message: {@code kind} is success, info or error. */
  @TemplateData
  public record Message(String kind, String text) {
    static Message of(Notice notice) {
      return notice == null ? null : new Message(notice.kind(), notice.text());
    }
  }

  /** For pages shown before signing in. */
  static Chrome anonymous(Notice notice) {
    return new Chrome(null, false, "", Message.of(notice), null, null);
  }

  static Chrome of(SecurityIdentity identity) {
    return new Chrome(
        identity.getPrincipal().getName(), identity.hasRole(Role.ADMIN_ROLE), "", null, null, null);
  }

  Chrome in(String newSection) {
    return new Chrome(user, admin, newSection, notice, csrfField, csrfToken);
  }

  Chrome with(Notice newNotice) {
    return with(Message.of(newNotice));
  }

  Chrome with(Message message) {
    return new Chrome(user, admin, section, message, csrfField, csrfToken);
  }

  Chrome withCsrf(String field, String token) {
    return new Chrome(user, admin, section, notice, field, token);
  }

  public boolean signedIn() {
    return user != null;
  }

  public boolean canPost() {
    return csrfToken != null;
  }
}
