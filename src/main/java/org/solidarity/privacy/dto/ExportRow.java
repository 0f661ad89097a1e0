package org.solidarity.privacy.dto;

import java.time.Instant;
import java.util.UUID;

/** One approved message in an export: its words and where they come from, nobody's identity. */
public record ExportRow(
    UUID id, String country, String language, String body, Instant publishedAt) {}
