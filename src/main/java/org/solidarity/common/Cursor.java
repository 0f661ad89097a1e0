package org.solidarity.common;

import java.time.Instant;
import java.util.UUID;

/** A keyset position: the sort timestamp and id of the last item a client has seen. */
public record Cursor(Instant at, UUID id) {}
