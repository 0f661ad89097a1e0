package org.solidarity.embed;

/** A friendly error page inside the widget's frame, where a JSON problem would help nobody. */
public record ErrorPage(
    EmbedOptions options, String title, String message, String homeUrl, String assetVersion) {}
