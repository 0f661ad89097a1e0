package org.solidarity.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.solidarity.feed.dto.FeedItem;

/** Writes a campaign's latest approved messages as an Atom 1.0 document with Rome. */
@ApplicationScoped
public class AtomRenderer {

  public String render(CampaignRef campaign, List<FeedItem> items, String baseUrl) {
    String feedUrl = baseUrl + "/api/v1/campaigns/" + campaign.slug() + "/feed.atom";
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setUri(feedUrl);
    feed.setTitle(campaign.title());
    feed.setDescription(campaign.description());
    feed.setLinks(
        List.of(
            link(feedUrl, "self", "application/atom+xml"),
            link(baseUrl + "/embed/" + campaign.slug(), "alternate", "text/html")));
    // Atom requires <updated>: the newest publication, or the campaign's own last change.
    feed.setPublishedDate(
        Date.from(items.isEmpty() ? campaign.updatedAt() : items.get(0).publishedAt()));
    List<SyndEntry> entries = new ArrayList<>(items.size());
    for (FeedItem item : items) {
      entries.add(entry(item));
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("Cannot write the Atom feed", e);
    }
  }

  private static SyndEntry entry(FeedItem item) {
    String author = item.authorName() == null ? "Anonymous" : item.authorName();
    SyndEntry entry = new SyndEntryImpl();
    // A UUID URN never changes, whatever host or path serves the feed.
    entry.setUri("urn:uuid:" + item.id());
    entry.setTitle(
        author
            + (item.organization() == null ? "" : ", " + item.organization())
            + " ("
            + item.country()
            + ")");
    SyndPerson person = new SyndPersonImpl();
    person.setName(author);
    entry.setAuthors(List.of(person));
    entry.setPublishedDate(Date.from(item.publishedAt()));
    entry.setUpdatedDate(Date.from(item.publishedAt()));
    SyndContent content = new SyndContentImpl();
    // Plain text: readers show markup in a message as text, never run it.
    content.setType("text");
    content.setValue(item.body());
    entry.setContents(List.of(content));
    if (item.language() != null) {
      DCModule dc = new DCModuleImpl();
      dc.setLanguage(item.language());
      entry.getModules().add(dc);
    }
    return entry;
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    link.setType(type);
    return link;
  }
}
