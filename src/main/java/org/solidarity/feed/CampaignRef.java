package org.solidarity.feed;

/** The few campaign fields the public read path needs, cached between changes. */
public record CampaignRef(
    long id, String slug, String title, String description, java.time.Instant updatedAt) {}
