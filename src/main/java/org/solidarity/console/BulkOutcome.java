package org.solidarity.console;

/** How a bulk decision went, counted for the status message after the redirect. */
record BulkOutcome(int ok, int conflict, int invalid) {

  /** Only numbers travel in the URL; the page words them itself. */
  String query() {
    return "ok=" + ok + "&conflict=" + conflict + "&invalid=" + invalid;
  }

  static Chrome.Message message(Integer ok, Integer conflict, Integer invalid) {
    if (ok == null || conflict == null || invalid == null) {
      return null;
    }
    StringBuilder text = new StringBuilder("Bulk action: ").append(ok).append(" done");
    if (conflict > 0) {
      text.append(", ").append(conflict).append(" skipped because someone else changed them first");
    }
    if (invalid > 0) {
      text.append(", ").append(invalid).append(" not possible from their current status");
    }
    text.append('.');
    return new Chrome.Message(conflict + invalid > 0 ? "info" : "success", text.toString());
  }
}
