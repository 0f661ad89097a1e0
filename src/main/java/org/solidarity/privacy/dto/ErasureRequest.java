package org.solidarity.privacy.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/admin/erasure}: whose personal data to erase. */
public record ErasureRequest(@NotBlank @Email @Size(max = 254) String email) {}
