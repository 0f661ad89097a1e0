package org.solidarity.feed.dto;

import java.util.List;

/** A page of the public feed; {@code nextCursor} is null on the last page. */
public record FeedPage(List<FeedItem> items, String nextCursor) {}
