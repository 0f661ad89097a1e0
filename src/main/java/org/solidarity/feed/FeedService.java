package org.solidarity.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.solidarity.common.Cursor;
import org.solidarity.common.CursorCodec;
import org.solidarity.common.ProblemException;
import org.solidarity.feed.dto.FeedItem;
import org.solidarity.feed.dto.FeedPage;

/** Public reads of a campaign (JSON feed, Atom, stats), served from the cache when possible. */
@ApplicationScoped
public class FeedService {

  static final String JSON = "application/json;charset=UTF-8";
  static final String ATOM = "application/atom+xml;charset=UTF-8";

  private final FeedRepository repository;
  private final FeedCache cache;
  private final CursorCodec cursors;
  private final ObjectMapper json;
  private final AtomRenderer atom;

  public FeedService(
      FeedRepository repository,
      FeedCache cache,
      CursorCodec cursors,
      ObjectMapper json,
      AtomRenderer atom) {
    this.repository = repository;
    this.cache = cache;
    this.cursors = cursors;
    this.json = json;
    this.atom = atom;
  }

  public Uni<CampaignRef> campaign(String slug) {
    return cache
        .campaign(slug, () -> repository.campaign(slug))
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("Campaign '" + slug + "'"));
  }

  public Uni<CachedBody> page(String slug, FeedFilter filter, int limit, String cursorText) {
    Cursor after = cursors.decode(CursorCodec.Kind.FEED, cursorText);
    String variant = variant(filter, limit, after == null ? null : cursorText);
    return campaign(slug)
        .chain(
            c ->
                cache.body(
                    c.id(),
                    variant,
                    // The live watermark is read first: every event up to it is in the page.
                    () ->
                        repository
                            .lastEventId(c.id())
                            .chain(
                                last ->
                                    repository
                                        .page(c.id(), filter, after, limit + 1)
                                        .map(rows -> toJson(page(rows, limit, last))))));
  }

  /**
   * The page if it is rendered and cached right now, else null; never waits and never touches the
   * database, so it can answer on the event loop. Invalid parameters throw as in {@link #page}.
   */
  public CachedBody cachedPage(String slug, FeedFilter filter, int limit, String cursorText) {
    CampaignRef campaign = cache.cachedCampaign(slug);
    if (campaign != null && cursorText != null && !cursorText.isBlank()) {
      // Only a cursor that passed verification in page() ever became part of a key, so a hit
      // needs no second signature check; a forged or altered cursor misses and is checked below.
      CachedBody hit = cache.cachedBody(campaign.id(), variant(filter, limit, cursorText));
      if (hit != null) {
        return hit;
      }
    }
    Cursor after = cursors.decode(CursorCodec.Kind.FEED, cursorText);
    if (campaign == null) {
      return null;
    }
    return cache.cachedBody(
        campaign.id(), variant(filter, limit, after == null ? null : cursorText));
  }

  private static String variant(FeedFilter filter, int limit, String cursorText) {
    return "json|" + limit + "|" + (cursorText == null ? "" : cursorText.strip()) + "|" + filter;
  }

  public Uni<CachedBody> atom(String slug, String baseUrl, int entries) {
    return campaign(slug)
        .chain(
            c ->
                cache.body(
                    c.id(),
                    "atom|" + baseUrl,
                    () ->
                        repository
                            .page(c.id(), new FeedFilter(null, null), null, entries)
                            .map(
                                items ->
                                    HttpCaching.render(atom.render(c, items, baseUrl), ATOM))));
  }

  public Uni<CachedBody> stats(String slug) {
    return campaign(slug)
        .chain(c -> cache.body(c.id(), "stats", () -> repository.stats(c.id()).map(this::toJson)));
  }

  private FeedPage page(List<FeedItem> rows, int limit, long lastEventId) {
    boolean more = rows.size() > limit;
    List<FeedItem> items = more ? rows.subList(0, limit) : rows;
    String next = null;
    if (more) {
      FeedItem last = items.get(items.size() - 1);
      next = cursors.encode(CursorCodec.Kind.FEED, new Cursor(last.publishedAt(), last.id()));
    }
    return new FeedPage(List.copyOf(items), next, lastEventId);
  }

  private CachedBody toJson(Object value) {
    try {
      return HttpCaching.render(json.writeValueAsBytes(value), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot serialise a public read", e);
    }
  }
}
