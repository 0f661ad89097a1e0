package org.solidarity.ratelimit;

import org.solidarity.common.SolidarityConfig;

/** A public write the service throttles; each has its own buckets per sender and per campaign. */
public enum RateLimitedAction {
  SUBMISSION("submission"),
  REPORT("report");

  private final String prefix;

  RateLimitedAction(String prefix) {
    this.prefix = prefix;
  }

  String senderKey(long settings, String fingerprint) {
    return prefix + ":" + settings + ":sender:" + fingerprint;
  }

  String campaignKey(long settings, long campaignId) {
    return prefix + ":" + settings + ":campaign:" + campaignId;
  }

  int perSender(SolidarityConfig.RateLimits limits) {
    return this == SUBMISSION ? limits.submissionsPerSender() : limits.reportsPerSender();
  }

  int perCampaign(SolidarityConfig.RateLimits limits) {
    return this == SUBMISSION ? limits.submissionsPerCampaign() : limits.reportsPerCampaign();
  }
}
