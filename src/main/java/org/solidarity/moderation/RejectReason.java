package org.solidarity.moderation;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The fixed list of reasons a message can be rejected or unpublished for. */
public enum RejectReason {
  OFF_TOPIC,
  ABUSIVE,
  PERSONAL_DATA,
  DUPLICATE,
  OTHER;

  public static String allowed() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
