package org.solidarity.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.solidarity.common.Cursor;
import org.solidarity.feed.dto.FeedItem;
import org.solidarity.feed.dto.FeedStats;

/**
 * Non-blocking SQL of the public read path (reactive PostgreSQL client), so feed requests never
 * hold a worker thread while waiting for the database.
 */
@ApplicationScoped
public class FeedRepository {

  private static final String ITEM_COLUMNS =
      "m.id, m.author_name, m.organization, m.country, m.language, m.body, m.published_at";

  private final Pool pool;
  private final ObjectMapper json;

  public FeedRepository(Pool pool, ObjectMapper json) {
    this.pool = pool;
    this.json = json;
  }

  public Uni<CampaignRef> campaign(String slug) {
    return pool.preparedQuery(
            "select id, slug, title, description, updated_at from campaign where slug = $1")
        .execute(Tuple.of(slug))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return null;
              }
              Row r = rows.iterator().next();
              return new CampaignRef(
                  r.getLong("id"),
                  r.getString("slug"),
                  r.getString("title"),
                  r.getString("description"),
                  r.getOffsetDateTime("updated_at").toInstant());
            });
  }

  /**
   * Id of the campaign's newest live event, 0 if there is none. Read before a page, it tells a
   * client where to pick up the live stream so that nothing changed after the page is missed.
   */
  public Uni<Long> lastEventId(long campaignId) {
    return pool.preparedQuery(
            "select coalesce(max(id), 0) as last_id from feed_event where campaign_id = $1")
        .execute(Tuple.of(campaignId))
        .map(rows -> rows.iterator().next().getLong("last_id"));
  }

  /** Newest first, keyset after {@code after}; fetches one extra row to know if more exist. */
  public Uni<List<FeedItem>> page(long campaignId, FeedFilter filter, Cursor after, int fetch) {
    StringBuilder sql =
        new StringBuilder("select ")
            .append(ITEM_COLUMNS)
            .append(" from message m where m.campaign_id = $1 and m.status = 'APPROVED'");
    List<Object> args = new ArrayList<>();
    args.add(campaignId);
    if (filter.country() != null) {
      args.add(filter.country());
      sql.append(" and m.country = $").append(args.size());
    }
    if (filter.language() != null) {
      // "es" also matches regional tags such as "es-MX"; the primary subtag is what is indexed.
      args.add(filter.language().split("-", 2)[0]);
      sql.append(" and split_part(m.language, '-', 1) = $").append(args.size());
      args.add(filter.language());
      sql.append(" and (m.language = $").append(args.size());
      args.add(filter.language() + "-%");
      sql.append(" or m.language like $").append(args.size()).append(')');
    }
    if (after != null) {
      args.add(OffsetDateTime.ofInstant(after.at(), java.time.ZoneOffset.UTC));
      sql.append(" and (m.published_at, m.id) < ($").append(args.size());
      args.add(after.id());
      sql.append(", $").append(args.size()).append(')');
    }
    args.add(fetch);
    sql.append(" order by m.published_at desc, m.id desc limit $").append(args.size());
    return pool.preparedQuery(sql.toString())
        .execute(Tuple.from(args))
        .map(
            rows -> {
              List<FeedItem> items = new ArrayList<>(rows.size());
              for (Row row : rows) {
                items.add(item(row));
              }
              return items;
            });
  }

  public Uni<FeedStats> stats(long campaignId) {
    return pool.preparedQuery(
            "select 'c' as dim, country as value, count(*) as n from message"
                + " where campaign_id = $1 and status = 'APPROVED' group by country"
                + " union all select 'l', coalesce(language, 'und'), count(*) from message"
                + " where campaign_id = $1 and status = 'APPROVED' group by language")
        .execute(Tuple.of(campaignId))
        .map(
            rows -> {
              Map<String, Long> countries = new LinkedHashMap<>();
              Map<String, Long> languages = new LinkedHashMap<>();
              long total = 0;
              for (Row row : rows) {
                long n = row.getLong("n");
                if ("c".equals(row.getString("dim"))) {
                  countries.merge(row.getString("value"), n, Long::sum);
                  total += n;
                } else {
                  languages.merge(row.getString("value"), n, Long::sum);
                }
              }
              return new FeedStats(total, sortByCount(countries), sortByCount(languages));
            });
  }

  /** The event with this id, with the message as it is now (it may have changed since). */
  public Uni<LiveEvent> event(long eventId) {
    return pool.preparedQuery(eventSql("e.id = $1", ""))
        .execute(Tuple.of(eventId))
        .map(rows -> rows.size() == 0 ? null : liveEvent(rows.iterator().next()));
  }

  /** At most {@code max} latest events of a campaign after {@code afterId}, oldest first. */
  public Multi<LiveEvent> replay(long campaignId, long afterId, int max) {
    String sql =
        "select * from ("
            + eventSql("e.campaign_id = $1 and e.id > $2", " order by e.id desc limit $3")
            + ") latest order by event_id";
    return pool.preparedQuery(sql)
        .execute(Tuple.of(campaignId, afterId, max))
        .onItem()
        .transformToMulti(rows -> Multi.createFrom().iterable(rows))
        .map(this::liveEvent);
  }

  private static String eventSql(String where, String tail) {
    return "select e.id as event_id, e.campaign_id, e.kind, e.message_id, m.status, "
        + ITEM_COLUMNS
        + " from feed_event e join message m on m.id = e.message_id where "
        + where
        + tail;
  }

  private LiveEvent liveEvent(Row row) {
    String kind = row.getString("kind");
    // A message published and then removed before we read it is sent as removed.
    boolean stillPublic = "APPROVED".equals(row.getString("status"));
    String effective = LiveEvent.PUBLISHED.equals(kind) && !stillPublic ? LiveEvent.REMOVED : kind;
    UUID messageId = row.getUUID("message_id");
    FeedItem item = LiveEvent.PUBLISHED.equals(effective) ? item(row) : null;
    Object data = item != null ? item : Map.of("id", messageId.toString());
    try {
      return new LiveEvent(
          row.getLong("event_id"),
          row.getLong("campaign_id"),
          effective,
          messageId,
          item,
          json.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a live event", e);
    }
  }

  private static FeedItem item(Row row) {
    return new FeedItem(
        row.getUUID("id"),
        row.getString("author_name"),
        row.getString("organization"),
        row.getString("country"),
        row.getString("language"),
        row.getString("body"),
        row.getOffsetDateTime("published_at").toInstant());
  }

  private static Map<String, Long> sortByCount(Map<String, Long> counts) {
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
