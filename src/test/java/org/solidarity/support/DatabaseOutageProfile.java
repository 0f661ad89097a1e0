package org.solidarity.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import org.solidarity.common.devdb.TestDatabases;

/**
 * Points the service at a {@link DatabaseProxy} in front of whatever database the suite uses (the
 * embedded one, or the server named by {@code QUARKUS_DATASOURCE_JDBC_URL}), so a test can take the
 * database away and bring it back.
 *
 * <p>The profile and the test may live in different class loaders, so the proxy is reached through
 * a JDK type kept in the system properties: {@link #cut()} and {@link #restore()}.
 */
public class DatabaseOutageProfile implements QuarkusTestProfile {

  private static final ObjectName NAME = name();
  private static final Pattern JDBC =
      Pattern.compile("jdbc:postgresql://(\\[[^\\]]+\\]|[^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

  @Override
  public Map<String, String> getConfigOverrides() {
    String jdbcUrl = realJdbcUrl();
    Matcher url = JDBC.matcher(jdbcUrl);
    if (!url.matches()) {
      throw new IllegalStateException("Cannot put a proxy in front of " + jdbcUrl);
    }
    String host = url.group(1).replace("[", "").replace("]", "");
    int port = url.group(2) == null ? 5432 : Integer.parseInt(url.group(2));
    int proxyPort = proxyTo(host, port);
    String database = url.group(3);
    String query = url.group(4) == null ? "" : url.group(4);
    Map<String, String> overrides = new HashMap<>();
    overrides.put(
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://127.0.0.1:" + proxyPort + "/" + database + query);
    overrides.put(
        "quarkus.datasource.reactive.url",
        "postgresql://" + credentials(query) + "127.0.0.1:" + proxyPort + "/" + database);
    return overrides;
  }

  /** {@code user:password@} when the JDBC URL carries them, as the embedded server's does. */
  private static String credentials(String query) {
    Matcher user = Pattern.compile("[?&]user=([^&]*)").matcher(query);
    Matcher password = Pattern.compile("[?&]password=([^&]*)").matcher(query);
    if (user.find() && password.find()) {
      return user.group(1) + ":" + password.group(1) + "@";
    }
    return "";
  }

  /** Drops every database connection and refuses new ones. */
  public static void cut() {
    invoke("cut");
  }

  /** Lets database connections through again. */
  public static void restore() {
    invoke("restore");
  }

  private static String realJdbcUrl() {
    String configured = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("quarkus.datasource.jdbc.url");
    }
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    return TestDatabases.embedded().get("quarkus.datasource.jdbc.url");
  }

  private static synchronized int proxyTo(String host, int port) {
    MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
    try {
      if (!jmx.isRegistered(NAME)) {
        jmx.registerMBean(new DatabaseProxy(host, port), NAME);
      }
      return (Integer) jmx.getAttribute(NAME, "Port");
    } catch (JMException e) {
      throw new IllegalStateException("Cannot start the database proxy", e);
    }
  }

  private static void invoke(String operation) {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(NAME, operation, new Object[0], new String[0]);
    } catch (JMException e) {
      throw new IllegalStateException("Cannot " + operation + " the database proxy", e);
    }
  }

  private static ObjectName name() {
    try {
      return new ObjectName("org.solidarity.test:type=DatabaseProxy");
    } catch (MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
  }
}
