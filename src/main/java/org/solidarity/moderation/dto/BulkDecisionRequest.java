package org.solidarity.moderation.dto;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.solidarity.moderation.DecisionAction;

/**
 * Body of a bulk decision: one action, reason and note for every item; each item names a message
 * and the version the moderator saw. Item fields are checked one by one, so a bad item is answered
 * INVALID without refusing the others.
 */
public record BulkDecisionRequest(
    @NotNull DecisionAction action,
    @Size(max = 32) String reason,
    @Size(max = 2000) String note,
    @NotEmpty List<Item> items) {

  /** One message to decide on. */
  public record Item(String id, Long version) {}
}
