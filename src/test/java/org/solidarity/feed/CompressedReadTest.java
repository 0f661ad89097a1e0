package org.solidarity.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.solidarity.support.Api;

/** Large public reads go out gzipped (compressed once, when cached) to clients that accept it. */
@QuarkusTest
class CompressedReadTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URL base;

  @Test
  void largeFeedPageIsGzippedWithItsOwnEtagForClientsThatAcceptIt() throws Exception {
    String slug = campaignWithLongMessages();
    for (String path : new String[] {"/feed?limit=20", "/feed.atom"}) {
      // Each twice: the first answer is rendered, the second comes from the cache.
      for (int i = 0; i < 2; i++) {
        HttpResponse<byte[]> plain = get(slug, path, "identity", null);
        HttpResponse<byte[]> zipped = get(slug, path, "br;q=1.0, gzip;q=0.8", null);

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.headers().firstValue("Vary")).hasValue("Accept-Encoding");
        assertThat(zipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(zipped.body())).isEqualTo(plain.body());
        String plainTag = plain.headers().firstValue("ETag").orElseThrow();
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(zippedTag).isNotEqualTo(plainTag).matches("\"[A-Za-z0-9_-]+\"");

        assertThat(get(slug, path, "gzip", zippedTag).statusCode()).isEqualTo(304);
        assertThat(get(slug, path, "identity", plainTag).statusCode()).isEqualTo(304);
      }
    }
  }

  @Test
  void gzipRefusedWithQualityZeroGetsPlainBytes() throws Exception {
    String slug = campaignWithLongMessages();
    HttpResponse<byte[]> response = get(slug, "/feed", "gzip;q=0, *", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(response.body())).startsWith("{\"items\":");
  }

  @Test
  void smallReadIsSentAsItIs() throws Exception {
    String slug = Api.campaign();
    Api.approved(slug, "Short");
    HttpResponse<byte[]> response = get(slug, "/feed", "gzip", null);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
  }

  private static String campaignWithLongMessages() {
    String slug = Api.campaign();
    for (int i = 0; i < 6; i++) {
      Api.approved(slug, ("Message " + i + ": we stand with you, hold the line. ").repeat(12));
    }
    return slug;
  }

  private HttpResponse<byte[]> get(String slug, String path, String encoding, String ifNoneMatch)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/campaigns/" + slug + path))
            .header("Accept-Encoding", encoding);
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzip(byte[] bytes) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
