package org.solidarity.webhook.dto;

import jakarta.validation.constraints.Size;
import java.util.List;

/** Body to change a webhook; absent fields keep their value. */
public record WebhookUpdate(
    @Size(max = 2000) String url,
    @Size(min = 16, max = 200) String secret,
    @Size(max = 10) List<String> events,
    Boolean enabled) {}
