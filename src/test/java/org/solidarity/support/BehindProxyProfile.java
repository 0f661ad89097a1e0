package org.solidarity.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as deployed behind a reverse proxy on 127.0.0.1, with low rate limits, the access log
 * and form login on, and Secure cookies as in prod. Tests under it say who the client is with
 * {@code X-Forwarded-For} (a fresh address per test), so they never share a rate-limit bucket.
 */
public class BehindProxyProfile implements QuarkusTestProfile {

  public static final int SUBMISSIONS_PER_SENDER = 3;
  public static final int SUBMISSIONS_PER_CAMPAIGN = 5;
  public static final int REPORTS_PER_SENDER = 2;
  public static final int REPORTS_PER_CAMPAIGN = 4;

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "solidarity.trusted-proxies",
        "127.0.0.1/32,::1/128",
        "solidarity.rate-limits.submissions-per-sender",
        String.valueOf(SUBMISSIONS_PER_SENDER),
        "solidarity.rate-limits.submissions-per-campaign",
        String.valueOf(SUBMISSIONS_PER_CAMPAIGN),
        "solidarity.rate-limits.reports-per-sender",
        String.valueOf(REPORTS_PER_SENDER),
        "solidarity.rate-limits.reports-per-campaign",
        String.valueOf(REPORTS_PER_CAMPAIGN),
        "quarkus.http.access-log.enabled",
        "true",
        "quarkus.http.auth.form.enabled",
        "true",
        "solidarity.security.secure-cookies",
        "true");
  }
}
