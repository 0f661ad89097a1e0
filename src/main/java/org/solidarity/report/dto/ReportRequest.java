package org.solidarity.report.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of a public report: why the message should not be on the feed (1 to 500 characters). */
public record ReportRequest(@NotNull @Size(max = 2000) String reason) {}
