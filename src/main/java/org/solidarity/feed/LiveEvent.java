package org.solidarity.feed;

import java.util.UUID;
import org.solidarity.feed.dto.FeedItem;

/**
 * One change of a public feed: a message published (or edited) or removed. {@code data} is the
 * event's JSON as clients receive it, rendered once however many clients are connected.
 */
public record LiveEvent(
    long id, long campaignId, String kind, UUID messageId, FeedItem item, String data) {

  public static final String PUBLISHED = "published";
  public static final String REMOVED = "removed";
}
