package org.solidarity.campaign;

/** PRE: nothing is public before approval. POST: published at once, reviewed afterwards. */
public enum ModerationMode {
  PRE,
  POST
}
