package org.solidarity.account.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.solidarity.account.Role;

/** Body of {@code POST /api/v1/admin/users}. */
public record NewAccount(
    @NotBlank
        @Size(max = 64)
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "letters, digits and . _ @ - only")
        String username,
    @NotNull @Size(max = 200) String password,
    @NotNull Role role) {}
