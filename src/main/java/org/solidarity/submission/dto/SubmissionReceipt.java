package org.solidarity.submission.dto;

import java.util.UUID;
import org.solidarity.message.MessageStatus;

/** Answer to a submission; the manage token is shown once and stored only as a hash. */
public record SubmissionReceipt(UUID id, MessageStatus status, String manageToken) {}
