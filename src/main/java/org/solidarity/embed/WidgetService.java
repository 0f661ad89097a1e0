package org.solidarity.embed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.solidarity.campaign.CampaignService;
import org.solidarity.campaign.CampaignStatus;
import org.solidarity.common.Problem.FieldError;
import org.solidarity.common.ProblemException;
import org.solidarity.common.ProblemType;
import org.solidarity.feed.CachedBody;
import org.solidarity.feed.CampaignRef;
import org.solidarity.feed.FeedFilter;
import org.solidarity.feed.FeedService;
import org.solidarity.feed.dto.FeedPage;
import org.solidarity.feed.dto.FeedStats;
import org.solidarity.submission.MessageInput;
import org.solidarity.submission.SubmissionService;
import org.solidarity.submission.dto.SubmissionReceipt;
import org.solidarity.submission.dto.SubmissionRequest;

/**
 * Builds the widget's pages from the public feed and sends its form through the submission rules.
 */
@ApplicationScoped
public class WidgetService {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final FeedFilter EVERYTHING = new FeedFilter(null, null);

  private final CampaignService campaigns;
  private final FeedService feed;
  private final ObjectMapper json;
  private final SubmissionService submissions;
  private final Validator validator;
  private final EmbedAssets assets;

  public WidgetService(
      CampaignService campaigns,
      FeedService feed,
      ObjectMapper json,
      SubmissionService submissions,
      Validator validator,
      EmbedAssets assets) {
    this.campaigns = campaigns;
    this.feed = feed;
    this.json = json;
    this.submissions = submissions;
    this.validator = validator;
    this.assets = assets;
  }

  /**
   * The widget at {@code cursor} (null for the newest messages). Campaign, messages and count come
   * from the same cache as the public JSON feed, so the widget shows exactly what the API shows and
   * a busy partner page costs no query until a moderator changes something.
   */
  public WidgetPage page(
      String slug,
      EmbedOptions options,
      String cursor,
      String sent,
      EmbedForm values,
      List<FieldError> errors,
      String alert) {
    CampaignRef campaign = await(feed.campaign(slug));
    FeedPage page =
        read(await(feed.page(slug, EVERYTHING, options.limit(), cursor)), FeedPage.class);
    FeedStats stats = read(await(feed.stats(slug)), FeedStats.class);
    EmbedMessages text = text(options);
    List<Card> cards =
        page.items().stream().map(i -> Card.of(i, options.locale(), text.anonymous())).toList();
    boolean first = cursor == null || cursor.isBlank();
    String base = UriBuilder.fromPath("/api/v1/campaigns/{slug}").build(slug).toString();
    return new WidgetPage(
        options,
        campaign.title(),
        stats.approved(),
        cards,
        Card.blank(),
        page.nextCursor() == null ? null : options.widgetUrl(slug, page.nextCursor(), null),
        first ? null : options.widgetUrl(slug, null, null),
        first ? eventsUrl(base, page.lastEventId()) : null,
        base + "/feed.atom",
        assets.version(),
        options.form() ? form(slug, options, sent, values, errors, alert, text) : null);
  }

  /**
   * The live stream continues from the page's watermark, so a message approved between rendering
   * (or a cached copy of it) and the script connecting is replayed rather than missed.
   */
  private static String eventsUrl(String base, long lastEventId) {
    String url = base + "/feed/events";
    return lastEventId > 0 ? url + "?lastEventId=" + lastEventId : url;
  }

  /**
   * Validates like the JSON API (bean constraints, then the message rules) and stores. Unlike the
   * API it reports the errors of both steps at once, so a person fixes the form in one go.
   */
  public SubmissionReceipt submit(String slug, EmbedForm form, String fingerprint) {
    SubmissionRequest request = form.toRequest();
    Set<ConstraintViolation<SubmissionRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      List<FieldError> errors = new ArrayList<>();
      violations.forEach(
          v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
      try {
        MessageInput.from(request);
      } catch (ProblemException e) {
        errors.addAll(e.errors());
      }
      throw new ProblemException(
          ProblemType.VALIDATION, "The form has invalid fields", errors, Map.of());
    }
    return submissions.submit(slug, request, fingerprint);
  }

  static EmbedMessages text(EmbedOptions options) {
    return MessageBundles.get(EmbedMessages.class, Localized.Literal.of(options.lang()));
  }

  private FormView form(
      String slug,
      EmbedOptions options,
      String sent,
      EmbedForm values,
      List<FieldError> errors,
      String alert,
      EmbedMessages text) {
    return new FormView(
        options.formAction(slug),
        campaigns.publicView(slug).status() == CampaignStatus.OPEN,
        sent,
        values == null ? EmbedForm.empty(options.lang()) : values,
        FormErrors.of(errors, text),
        alert,
        Countries.choices(options.locale()),
        Languages.choices());
  }

  private static <T> T await(Uni<T> read) {
    return read.await().atMost(TIMEOUT);
  }

  private <T> T read(CachedBody body, Class<T> type) {
    try {
      return json.readValue(body.bytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
