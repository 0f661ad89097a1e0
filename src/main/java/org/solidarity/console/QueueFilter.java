package org.solidarity.console;

import io.quarkus.qute.TemplateData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The queue filters as the console's forms and links carry them. Values are kept as typed; the
 * moderation services validate them.
 */
@TemplateData
public record QueueFilter(
    String campaign, String status, String language, String country, String signals) {

  static final String DEFAULT_STATUS = "PENDING";

  static QueueFilter of(
      String campaign, String status, String language, String country, String signals) {
    String view = clean(status).toUpperCase(Locale.ROOT);
    return new QueueFilter(
        clean(campaign),
        view.isEmpty() ? DEFAULT_STATUS : view,
        clean(language),
        clean(country),
        clean(signals).toLowerCase(Locale.ROOT));
  }

  /** The same filters showing another view. */
  public QueueFilter withStatus(String newStatus) {
    return new QueueFilter(campaign, newStatus, language, country, signals);
  }

  /** Query string of these filters, without the leading {@code ?}. */
  public String query() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("campaign", campaign);
    params.put("status", status);
    params.put("language", language);
    params.put("country", country);
    params.put("signals", signals);
    StringBuilder query = new StringBuilder();
    params.forEach(
        (name, value) -> {
          if (value != null && !value.isEmpty()) {
            query
                .append(query.length() == 0 ? "" : "&")
                .append(name)
                .append('=')
                .append(enc(value));
          }
        });
    return query.toString();
  }

  /** The queue page with these filters. */
  public String url() {
    return withQuery(ConsolePaths.ROOT, query());
  }

  /** The queue page with these filters, in another view. */
  public String urlFor(String view) {
    return withStatus(view).url();
  }

  /** A console address that carries these filters, e.g. a form's action. */
  public String action(String path) {
    return withQuery(path, query());
  }

  /** Another page of the queue with these filters. */
  public String pageUrl(String cursor) {
    String q = query();
    return withQuery(ConsolePaths.ROOT, (q.isEmpty() ? "" : q + "&") + "cursor=" + enc(cursor));
  }

  /** A message page that keeps these filters (and the queue page it was opened from). */
  public String messageUrl(UUID id, String cursor) {
    String q = "id=" + id + (query().isEmpty() ? "" : "&" + query());
    if (cursor != null && !cursor.isEmpty()) {
      q += "&cursor=" + enc(cursor);
    }
    return ConsolePaths.MESSAGE + "?" + q;
  }

  /** True when any filter beyond the view is set. */
  public boolean narrowed() {
    return !campaign.isEmpty() || !language.isEmpty() || !country.isEmpty() || !signals.isEmpty();
  }

  static String withQuery(String path, String query) {
    return query.isEmpty() ? path : path + "?" + query;
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String clean(String raw) {
    return raw == null ? "" : raw.strip();
  }
}
