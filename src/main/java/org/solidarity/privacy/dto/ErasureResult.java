package org.solidarity.privacy.dto;

/** How many messages had their personal data erased. */
public record ErasureResult(int erased) {}
