package org.solidarity.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class AtomFeedTest {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  @Test
  void atomDocumentParsesAndCarriesApprovedEntriesNewestFirst() throws Exception {
    String slug = Api.campaign();
    String older = Api.approved(slug, "Older message");
    String newer = Api.approved(slug, "Newer message");
    Api.submitted(slug, "Pending, never in the feed");
    Awaits.untilFeedShows(slug, newer);

    byte[] xml =
        given()
            .get("/api/v1/campaigns/{slug}/feed.atom", slug)
            .then()
            .statusCode(200)
            .contentType("application/atom+xml")
            .extract()
            .asByteArray();
    Document doc = parse(xml);
    Element feed = doc.getDocumentElement();
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(text(feed, "title")).isEqualTo("Campaign " + slug);
    assertThat(text(feed, "id")).endsWith("/api/v1/campaigns/" + slug + "/feed.atom");
    assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

    List<Element> entries = entries(doc);
    assertThat(entries).hasSize(2);
    assertThat(text(entries.get(0), "id")).isEqualTo("urn:uuid:" + newer);
    assertThat(text(entries.get(1), "id")).isEqualTo("urn:uuid:" + older);
    Element author = (Element) entries.get(0).getElementsByTagNameNS(ATOM, "author").item(0);
    assertThat(text(author, "name")).isEqualTo("Ana Test");
    assertThat(text(entries.get(0), "updated")).isNotBlank();
    assertThat(
            entries
                .get(0)
                .getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "language")
                .item(0)
                .getTextContent())
        .isEqualTo("es");
  }

  @Test
  void entryIdsAreStableAcrossRequests() throws Exception {
    String slug = Api.campaign();
    String id = Api.approved(slug, "Stable");
    Awaits.untilFeedShows(slug, id);
    String first = text(entries(parse(atom(slug))).get(0), "id");
    Api.approved(slug, "Another one");
    List<Element> entries = entries(parse(atom(slug)));
    assertThat(text(entries.get(entries.size() - 1), "id")).isEqualTo(first);
  }

  @Test
  void markupInMessagesIsEscapedTextNeverMarkup() throws Exception {
    String slug = Api.campaign();
    String payload = "<script>alert('x')</script> & ]]> <![CDATA[ boom ]]>";
    String id = Api.approved(slug, payload);
    Awaits.untilFeedShows(slug, id);
    Document doc = parse(atom(slug));
    Element content = (Element) entries(doc).get(0).getElementsByTagNameNS(ATOM, "content").item(0);
    assertThat(content.getAttribute("type")).isEqualTo("text");
    assertThat(content.getTextContent()).isEqualTo(payload);
    assertThat(content.getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void atomCarriesNoPersonalData() {
    String slug = Api.campaign();
    Api.approved(slug, "Private bits stay private");
    String id = Api.approved(slug, "Second");
    Awaits.untilFeedShows(slug, id);
    assertThat(new String(atom(slug))).doesNotContain("ana@example.org").doesNotContain("manage");
  }

  @Test
  void unknownCampaignIs404Problem() {
    given()
        .get("/api/v1/campaigns/{slug}/feed.atom", "missing-campaign")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static byte[] atom(String slug) {
    return given()
        .get("/api/v1/campaigns/{slug}/feed.atom", slug)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(xml));
  }

  private static List<Element> entries(Document doc) {
    NodeList nodes = doc.getElementsByTagNameNS(ATOM, "entry");
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static String text(Element parent, String child) {
    NodeList nodes = parent.getElementsByTagNameNS(ATOM, child);
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        return nodes.item(i).getTextContent();
      }
    }
    return null;
  }
}
