package org.solidarity.webhook;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service as in prod: webhooks may only call public addresses. */
public class PrivateTargetsProfile implements QuarkusTestProfile {

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("solidarity.webhooks.allow-private-targets", "false");
  }
}
