package org.solidarity.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.solidarity.common.SolidarityConfig;
import org.solidarity.common.Times;
import org.solidarity.message.Message;
import org.solidarity.message.MessageStatus;
import org.solidarity.moderation.ModerationAction;
import org.solidarity.signal.TextFold;
import org.solidarity.submission.ManageTokens;

/** Seeds the demo campaign with sample messages in many languages when demo data is on. */
@ApplicationScoped
public class DemoData {

  static final String SLUG = "solidarity-with-migrants";
  private static final Logger LOG = Logger.getLogger(DemoData.class);

  /** One sample message of {@code demo/messages.json}. */
  record Sample(
      String authorName,
      String organization,
      String country,
      String language,
      String body,
      boolean approved) {}

  /** The sample file's shape. */
  record Samples(String title, String description, List<Sample> messages) {}

  @Transactional
  void seed(@Observes StartupEvent event, SolidarityConfig config, ObjectMapper json) {
    if (!config.demoData() || Campaign.count("slug", SLUG) > 0) {
      return;
    }
    Samples samples = read(json);
    Instant now = Times.now();
    Campaign campaign = new Campaign();
    campaign.slug = SLUG;
    campaign.title = samples.title();
    campaign.description = samples.description();
    campaign.status = CampaignStatus.OPEN;
    campaign.moderation = ModerationMode.PRE;
    campaign.createdAt = now.minus(3, ChronoUnit.DAYS);
    campaign.updatedAt = campaign.createdAt;
    campaign.persist();
    int i = 0;
    for (Sample sample : samples.messages()) {
      Message m = new Message();
      m.id = UUID.randomUUID();
      m.campaign = campaign;
      m.authorName = sample.authorName();
      m.organization = sample.organization();
      m.country = sample.country();
      m.language = sample.language();
      m.body = sample.body();
      m.bodyHash = TextFold.bodyHash(m.body);
      m.submittedAt = now.minus(3 * 24 * 60 - 97L * i, ChronoUnit.MINUTES);
      m.status = MessageStatus.PENDING;
      m.manageTokenHash = ManageTokens.hash(ManageTokens.newToken());
      if (sample.approved()) {
        m.status = MessageStatus.APPROVED;
        m.decidedAt = m.submittedAt.plus(40, ChronoUnit.MINUTES);
        m.publishedAt = m.decidedAt;
      }
      m.persist();
      if (sample.approved()) {
        ModerationAction row = new ModerationAction();
        row.messageId = m.id;
        row.actor = "demo";
        row.action = "APPROVE";
        row.fromStatus = MessageStatus.PENDING;
        row.toStatus = MessageStatus.APPROVED;
        row.createdAt = m.decidedAt;
        row.persist();
      }
      i++;
    }
    LOG.infof("Seeded demo campaign '%s' with %d messages", SLUG, samples.messages().size());
  }

  private static Samples read(ObjectMapper json) {
    try (InputStream in =
        DemoData.class.getClassLoader().getResourceAsStream("demo/messages.json")) {
      return json.readValue(in, Samples.class);
    } catch (IOException e) {
      throw new UncheckedIOException("demo/messages.json is unreadable", e);
    }
  }
}
