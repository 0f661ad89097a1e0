package org.solidarity.moderation.dto;

import java.util.List;

/** A page of the moderation queue, oldest first; {@code nextCursor} is null on the last page. */
public record QueuePage(List<QueueItem> items, String nextCursor) {}
