package org.solidarity.embed;

import java.util.List;
import org.solidarity.campaign.dto.CampaignView;

/**
 * Everything the widget template shows. {@code eventsUrl} is set only on the first page, the one
 * that live updates extend; {@code form} is null unless the form was asked for.
 */
public record WidgetPage(
    EmbedOptions options,
    CampaignView campaign,
    List<Card> cards,
    Card blank,
    String nextUrl,
    String newestUrl,
    String eventsUrl,
    String atomUrl,
    String assetVersion,
    FormView form) {}
