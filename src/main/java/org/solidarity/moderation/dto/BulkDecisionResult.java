package org.solidarity.moderation.dto;

import java.util.List;
import org.solidarity.message.MessageStatus;

/** Answer to a bulk decision: one result per item, in request order, and the totals. */
public record BulkDecisionResult(int ok, int conflict, int invalid, List<ItemResult> results) {

  /** What happened to each item. */
  public enum Outcome {
    OK,
    CONFLICT,
    INVALID
  }

  /**
   * One item's outcome. On OK, {@code status} and {@code version} are the new ones; otherwise
   * {@code type} is the problem type a single decision would have answered and {@code detail} says
   * why.
   */
  public record ItemResult(
      String id, Outcome outcome, MessageStatus status, Long version, String type, String detail) {}
}
