package org.solidarity.report.dto;

import java.util.List;

/** A message's open reports: how many, and their reasons, newest first (at most 20). */
public record ReportSummary(long count, List<String> reasons) {

  public static final ReportSummary NONE = new ReportSummary(0, List.of());
}
