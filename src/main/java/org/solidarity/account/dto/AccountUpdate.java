package org.solidarity.account.dto;

import jakarta.validation.constraints.Size;
import org.solidarity.account.Role;

/** Body of {@code PUT /api/v1/admin/users/{username}}; absent fields stay as they are. */
public record AccountUpdate(Boolean enabled, Role role, @Size(max = 200) String password) {}
