package org.solidarity.campaign;

/** Whether a campaign still accepts messages. */
public enum CampaignStatus {
  OPEN,
  CLOSED
}
