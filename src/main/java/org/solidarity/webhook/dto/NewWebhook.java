package org.solidarity.webhook.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body to add a webhook: an http(s) URL, a signing secret (16 to 200 characters; generated and
 * shown once when absent), the event names (all four when absent) and whether it is enabled.
 */
public record NewWebhook(
    @NotBlank @Size(max = 2000) String url,
    @Size(min = 16, max = 200) String secret,
    @Size(max = 10) List<String> events,
    Boolean enabled) {}
