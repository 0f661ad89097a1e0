package org.solidarity.feed.dto;

import java.util.Map;

/** Counts of approved messages for maps and counters on partner sites. */
public record FeedStats(long approved, Map<String, Long> countries, Map<String, Long> languages) {}
