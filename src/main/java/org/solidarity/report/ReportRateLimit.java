package org.solidarity.report;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place where public reports are rate limited per sender fingerprint. It lets every report
 * through until a limiter is wired in here; {@code ReportResource} calls it before any work is
 * done, and a limiter answers an exhausted sender by throwing a 429 problem.
 */
@ApplicationScoped
public class ReportRateLimit {

  public void check(String fingerprint) {
    // Intentionally permissive: the shared rate limiter plugs in here.
  }
}
