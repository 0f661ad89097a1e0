package org.solidarity.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.solidarity.common.ProblemException;
import org.solidarity.feed.FeedFilter;
import org.solidarity.moderation.BulkDecisionService;
import org.solidarity.moderation.ClaimService;
import org.solidarity.moderation.DecisionAction;
import org.solidarity.moderation.ModerationService;
import org.solidarity.moderation.QueueQuery;
import org.solidarity.moderation.QueueService;
import org.solidarity.moderation.dto.AuditEntry;
import org.solidarity.moderation.dto.BulkDecisionRequest;
import org.solidarity.moderation.dto.BulkDecisionResult;
import org.solidarity.moderation.dto.DecisionRequest;
import org.solidarity.moderation.dto.QueueItem;
import org.solidarity.moderation.dto.QueuePage;

/**
 * The console's door to the moderation services: turns what the forms sent into service calls.
 * Every rule (transitions, reasons, versions, leases) stays in the services.
 */
@ApplicationScoped
public class ConsoleModeration {

  /** The queue views in menu order, with their labels. */
  static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("PENDING", "Pending");
    VIEWS.put("REPORTED", "Reported");
    VIEWS.put("UNREVIEWED", "Unreviewed");
    VIEWS.put("APPROVED", "Approved");
    VIEWS.put("REJECTED", "Rejected");
    VIEWS.put("SPAM", "Spam");
  }

  private final QueueService queue;
  private final ClaimService claims;
  private final ModerationService moderation;
  private final BulkDecisionService bulk;
  private final FormCheck forms;

  public ConsoleModeration(
      QueueService queue,
      ClaimService claims,
      ModerationService moderation,
      BulkDecisionService bulk,
      FormCheck forms) {
    this.queue = queue;
    this.claims = claims;
    this.moderation = moderation;
    this.bulk = bulk;
    this.forms = forms;
  }

  QueuePage page(QueueFilter filter, int limit, String cursor) {
    return queue.page(query(filter), limit, cursor);
  }

  /** Messages per view, plus {@code CLAIMED}: how many hold a live lease. */
  Map<String, Long> counts(QueueFilter filter) {
    return queue.counts(slug(filter));
  }

  /** Leases the next pending message of the campaign to the user; null when none is left. */
  QueueItem claimNext(QueueFilter filter, String user) {
    if (filter.campaign().isEmpty()) {
      throw ProblemException.invalid("campaign", "choose the campaign to work on");
    }
    String language = FeedFilter.parse(null, filter.language()).language();
    return claims
        .claimNext(filter.campaign(), language, user, claims.leaseLength(null))
        .orElse(null);
  }

  QueueItem claim(UUID id, String user) {
    return claims.claim(id, user, claims.leaseLength(null));
  }

  void release(UUID id, String user, boolean admin) {
    claims.release(id, user, admin);
  }

  QueueItem get(UUID id) {
    return moderation.get(id);
  }

  List<AuditEntry> history(UUID id) {
    return moderation.history(id);
  }

  /** Admins may decide over another moderator's lease, as in the API. */
  QueueItem decide(UUID id, Decision decision, String user, boolean admin) {
    DecisionRequest request =
        forms.valid(
            new DecisionRequest(
                decision.action(),
                decision.version(),
                decision.reason(),
                decision.note(),
                decision.body()));
    return moderation.decide(id, request, user, admin);
  }

  /** One action on each {@code id:version} item, each on its own; counts the outcomes. */
  BulkOutcome bulk(
      List<String> items, DecisionAction action, String reason, String user, boolean admin) {
    List<BulkDecisionRequest.Item> parsed = new ArrayList<>();
    for (String item : items) {
      String[] parts = item.split(":", 2);
      parsed.add(
          new BulkDecisionRequest.Item(parts[0], parts.length < 2 ? null : number(parts[1])));
    }
    BulkDecisionResult result =
        bulk.decide(
            forms.valid(new BulkDecisionRequest(action, reason, null, parsed)), user, admin);
    return new BulkOutcome(result.ok(), result.conflict(), result.invalid());
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

  private static QueueQuery query(QueueFilter filter) {
    return QueueQuery.parse(
        slug(filter), filter.status(), filter.country(), filter.language(), filter.signals());
  }

  private static String slug(QueueFilter filter) {
    return filter.campaign().isEmpty() ? null : filter.campaign();
  }

  private static Long number(String raw) {
    try {
      return Long.valueOf(raw.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
