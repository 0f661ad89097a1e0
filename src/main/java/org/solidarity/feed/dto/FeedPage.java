package org.solidarity.feed.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of the public feed; {@code nextCursor} is null on the last page, and {@code lastEventId}
 * is where the live stream continues from this page.
 */
public record FeedPage(
    List<FeedItem> items,
    @Schema(description = "Cursor of the next page; null on the last page") String nextCursor,
    @Schema(
            description =
                "Id of the newest live event this page reflects (0 if none yet): open"
                    + " feed/events?lastEventId=<this> to receive every change made after it")
        long lastEventId) {}
