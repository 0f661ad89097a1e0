package org.solidarity.moderation.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.solidarity.moderation.DecisionAction;

/**
 * Body of a decision. {@code version} is the one the moderator saw; {@code reason} is a code from
 * {@link org.solidarity.moderation.RejectReason}, required to reject; {@code note} is free; {@code
 * body}, when given, replaces the message's text (same rules as a submission) and the history keeps
 * the original.
 */
public record DecisionRequest(
    @NotNull DecisionAction action,
    @NotNull @PositiveOrZero Long version,
    @Size(max = 32) String reason,
    @Size(max = 2000) String note,
    @Size(max = 8000) String body) {}
