package org.solidarity.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.solidarity.campaign.Campaign;
import org.solidarity.common.ProblemException;
import org.solidarity.common.Times;
import org.solidarity.webhook.dto.DeliveryView;
import org.solidarity.webhook.dto.NewWebhook;
import org.solidarity.webhook.dto.WebhookUpdate;
import org.solidarity.webhook.dto.WebhookView;

/** Admin rules for a campaign's webhooks and their deliveries. */
@ApplicationScoped
public class WebhookService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final WebhookTargets targets;

  public WebhookService(WebhookTargets targets) {
    this.targets = targets;
  }

  public List<WebhookView> list(String slug) {
    Campaign campaign = Campaign.bySlug(slug);
    return Webhook.<Webhook>list("campaign = ?1 order by id", campaign).stream()
        .map(w -> WebhookView.of(w, counts(w), false))
        .toList();
  }

  @Transactional
  public WebhookView create(String slug, NewWebhook request) {
    Webhook webhook = new Webhook();
    webhook.campaign = Campaign.bySlug(slug);
    webhook.url = url(request.url());
    webhook.secret = request.secret() == null ? newSecret() : request.secret();
    webhook.events = events(request.events());
    webhook.enabled = request.enabled() == null || request.enabled();
    webhook.createdAt = Times.now();
    webhook.persist();
    return WebhookView.of(webhook, counts(webhook), true);
  }

  @Transactional
  public WebhookView update(String slug, long id, WebhookUpdate request) {
    Webhook webhook = find(slug, id);
    if (request.url() != null) {
      webhook.url = url(request.url());
    }
    if (request.secret() != null) {
      webhook.secret = request.secret();
    }
    if (request.events() != null) {
      webhook.events = events(request.events());
    }
    if (request.enabled() != null) {
      webhook.enabled = request.enabled();
    }
    return WebhookView.of(webhook, counts(webhook), false);
  }

  @Transactional
  public void delete(String slug, long id) {
    find(slug, id).delete();
  }

  /** Deliveries newest first, optionally in one state; {@code before} pages by delivery id. */
  public List<DeliveryView> deliveries(String slug, long id, String state, Long before, int limit) {
    Webhook webhook = find(slug, id);
    StringBuilder query = new StringBuilder("webhookId = :webhook");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("webhook", webhook.id);
    if (state != null && !state.isBlank()) {
      query.append(" and state = :state");
      params.put("state", state(state));
    }
    if (before != null) {
      query.append(" and id < :before");
      params.put("before", before);
    }
    query.append(" order by id desc");
    return WebhookDelivery.<WebhookDelivery>find(query.toString(), params)
        .page(0, limit)
        .list()
        .stream()
        .map(DeliveryView::of)
        .toList();
  }

  /** Sends a delivery again from scratch, typically a DEAD one after the receiver was fixed. */
  @Transactional
  public DeliveryView retry(String slug, long id, long deliveryId) {
    Webhook webhook = find(slug, id);
    WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
    if (delivery == null || !delivery.webhookId.equals(webhook.id)) {
      throw ProblemException.notFound("Delivery");
    }
    delivery.state = WebhookDelivery.PENDING;
    delivery.attempts = 0;
    delivery.nextAttemptAt = Times.now();
    delivery.lastError = null;
    delivery.lastStatus = null;
    return DeliveryView.of(delivery);
  }

  private static Webhook find(String slug, long id) {
    Campaign campaign = Campaign.bySlug(slug);
    Webhook webhook = Webhook.findById(id);
    if (webhook == null || !webhook.campaign.id.equals(campaign.id)) {
      throw ProblemException.notFound("Webhook");
    }
    return webhook;
  }

  private static Map<String, Long> counts(Webhook webhook) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String state :
        List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.DEAD)) {
      counts.put(state, WebhookDelivery.count("webhookId = ?1 and state = ?2", webhook.id, state));
    }
    return counts;
  }

  private String url(String raw) {
    String value = raw.strip();
    URI uri = null;
    try {
      uri = new URI(value);
    } catch (URISyntaxException e) {
      // answered below like any other unusable address
    }
    String scheme =
        uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw ProblemException.invalid("url", "must be an absolute http or https URL");
    }
    String refusal = targets.refusal(uri.getHost());
    if (refusal != null) {
      throw ProblemException.invalid("url", "must reach a public address, but " + refusal);
    }
    return value;
  }

  private static List<String> events(List<String> raw) {
    if (raw == null) {
      return Arrays.stream(WebhookEvent.values()).map(WebhookEvent::wireName).toList();
    }
    List<String> events = new ArrayList<>();
    for (String name : raw) {
      String wire = WebhookEvent.of(name == null ? "" : name.strip()).wireName();
      if (!events.contains(wire)) {
        events.add(wire);
      }
    }
    if (events.isEmpty()) {
      throw ProblemException.invalid(
          "events", "must name at least one of " + WebhookEvent.allowed());
    }
    return events;
  }

  private static String state(String raw) {
    String value = raw.strip().toUpperCase(Locale.ROOT);
    if (!List.of(WebhookDelivery.PENDING, WebhookDelivery.DELIVERED, WebhookDelivery.DEAD)
        .contains(value)) {
      throw ProblemException.invalid("state", "must be one of PENDING, DELIVERED, DEAD");
    }
    return value;
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
