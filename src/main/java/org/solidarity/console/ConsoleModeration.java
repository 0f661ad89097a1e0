package org.solidarity.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.solidarity.campaign.CampaignService;
import org.solidarity.campaign.dto.CampaignAdminView;
import org.solidarity.common.ProblemException;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.DecisionAction;
import org.solidarity.moderation.ModerationService;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.moderation.dto.QueuePage;

/**
 * The console's door to the moderation services: turns what the forms sent into service calls.
 * Every rule (transitions, reasons, versions) stays in the services.
 */
@ApplicationScoped
public class ConsoleModeration {

  /** The queue views in menu order, with their labels. */
  static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("PENDING", "Pending");
    VIEWS.put("APPROVED", "Approved");
    VIEWS.put("REJECTED", "Rejected");
    VIEWS.put("SPAM", "Spam");
  }

  private final ModerationService moderation;
  private final CampaignService campaigns;
  private final FormCheck forms;

  public ConsoleModeration(
      ModerationService moderation, CampaignService campaigns, FormCheck forms) {
    this.moderation = moderation;
    this.campaigns = campaigns;
    this.forms = forms;
  }

  QueuePage page(QueueFilter filter, int limit, String cursor) {
    return moderation.queue(slug(filter), status(filter.status()), limit, cursor);
  }

  Map<String, Long> counts(QueueFilter filter) {
    Map<String, Long> counts = new LinkedHashMap<>();
    List<CampaignAdminView> shown =
        filter.campaign().isEmpty()
            ? campaigns.list()
            : List.of(campaigns.adminView(filter.campaign()));
    for (CampaignAdminView campaign : shown) {
      campaign.counts().forEach((status, n) -> counts.merge(status, n, Long::sum));
    }
    return counts;
  }

  /** The next message to work on in the campaign, or null when none is left. */
  QueueItem claimNext(QueueFilter filter, String user) {
    List<QueueItem> first = moderation.queue(slug(filter), MessageStatus.PENDING, 1, null).items();
    return first.isEmpty() ? null : first.get(0);
  }

  QueueItem get(UUID id) {
    return moderation.get(id);
  }

  List<AuditEntry> history(UUID id) {
    return moderation.history(id);
  }

  QueueItem decide(UUID id, Decision decision, String user, boolean admin) {
    DecisionRequest request =
        forms.valid(
            new DecisionRequest(
                decision.action(), decision.version(), decision.reason(), decision.note()));
    return moderation.decide(id, request, user);
  }

  /**
   * Previous and next message around {@code id} on the queue page it was opened from; the next
   * page's first message when it is the last one. Outside the page (decided meanwhile), the next is
   * the page's first message.
   */
  MessageNav neighbours(QueueFilter filter, UUID id, String cursor, int size, String flow) {
    String at = cursor == null ? "" : cursor;
    String queueUrl = at.isEmpty() ? filter.url() : filter.pageUrl(at);
    String postUrl =
        ConsolePages.append(
                filter.action(ConsolePaths.MESSAGE + "/decision"),
                at.isEmpty() ? "" : "cursor=" + QueueFilter.enc(at))
            + flow;
    List<QueueItem> items;
    String nextCursor;
    try {
      QueuePage page = page(filter, size, cursor);
      items = page.items();
      nextCursor = page.nextCursor();
    } catch (ProblemException e) {
      return new MessageNav(queueUrl, null, null, postUrl);
    }
    List<UUID> ids = items.stream().map(QueueItem::id).toList();
    int index = ids.indexOf(id);
    String prev = index > 0 ? filter.messageUrl(ids.get(index - 1), at) + flow : null;
    String next = null;
    if (index < 0 && !ids.isEmpty()) {
      next = filter.messageUrl(ids.get(0), at) + flow;
    } else if (index >= 0 && index < ids.size() - 1) {
      next = filter.messageUrl(ids.get(index + 1), at) + flow;
    } else if (index >= 0 && nextCursor != null) {
      List<QueueItem> following = page(filter, 1, nextCursor).items();
      next =
          following.isEmpty() ? null : filter.messageUrl(following.get(0).id(), nextCursor) + flow;
    }
    return new MessageNav(queueUrl, prev, next, postUrl);
  }

  /** Applies one action to each {@code id:version} item on its own, counting the outcomes. */
  BulkOutcome bulk(
      List<String> items, DecisionAction decided, String reason, String user, boolean admin) {
    int ok = 0;
    int conflict = 0;
    int invalid = 0;
    for (String item : items) {
      String[] parts = item.split(":", 2);
      try {
        UUID id = UUID.fromString(parts[0]);
        long version = Long.parseLong(parts[1]);
        decide(id, new Decision(decided, version, reason, null, null), user, admin);
        ok++;
      } catch (ProblemException e) {
        if (e.type().status() == 409) {
          conflict++;
        } else {
          invalid++;
        }
      } catch (OptimisticLockException | StaleStateException e) {
        conflict++;
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        invalid++;
      }
    }
    return new BulkOutcome(ok, conflict, invalid);
  }

  private static String slug(QueueFilter filter) {
    return filter.campaign().isEmpty() ? null : filter.campaign();
  }

  private static MessageStatus status(String raw) {
    try {
      return MessageStatus.valueOf(raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("status", "must be one of " + VIEWS.keySet());
    }
  }
}
