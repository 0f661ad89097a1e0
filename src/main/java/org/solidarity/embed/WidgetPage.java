package org.solidarity.embed;

import java.util.List;

/**
 * Everything the widget template shows. {@code eventsUrl} is set only on the first page, the one
 * that live updates extend; {@code form} is null unless the form was asked for.
 */
public record WidgetPage(
    EmbedOptions options,
    String title,
    long approvedCount,
    List<Card> cards,
    Card blank,
    String nextUrl,
    String newestUrl,
    String eventsUrl,
    String atomUrl,
    String assetVersion,
    FormView form) {}
