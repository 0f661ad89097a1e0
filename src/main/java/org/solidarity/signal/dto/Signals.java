package org.solidarity.signal.dto;

import java.util.List;

/**
 * What may help a moderator decide on a message: the campaign's blocked and suspect terms it
 * contains, how many links it has, how many other messages of the campaign have the same folded
 * body, and how many other messages its sender fingerprint sent in the hour up to this one (both
 * counts stop at 100, which reads "100 or more").
 */
public record Signals(
    List<String> blockedTerms,
    List<String> suspectTerms,
    int links,
    long duplicates,
    long sameSenderLastHour) {

  public static final Signals NONE = new Signals(List.of(), List.of(), 0, 0, 0);

  /** Whether any signal is raised; not a JSON property (records serialise components only). */
  public boolean raised() {
    return !blockedTerms.isEmpty()
        || !suspectTerms.isEmpty()
        || links > 0
        || duplicates > 0
        || sameSenderLastHour > 0;
  }
}
