package org.solidarity.console;

import jakarta.ws.rs.QueryParam;

/** The queue filters as they arrive in the query string, also on form posts (action URLs). */
public class FilterParams {

  @QueryParam("campaign")
  String campaign;

  @QueryParam("status")
  String status;

  @QueryParam("language")
  String language;

  @QueryParam("country")
  String country;

  @QueryParam("signals")
  String signals;

  QueueFilter filter() {
    return QueueFilter.of(campaign, status, language, country, signals);
  }
}
