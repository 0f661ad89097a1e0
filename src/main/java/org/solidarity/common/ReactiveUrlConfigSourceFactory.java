package org.solidarity.common;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the reactive datasource URL (live feed events, non-blocking feed reads) from the JDBC
 * URL, so operators configure one database address; an explicit reactive URL still wins.
 */
public class ReactiveUrlConfigSourceFactory implements ConfigSourceFactory {

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue reactive = context.getValue("quarkus.datasource.reactive.url");
    if (reactive != null && reactive.getValue() != null && !reactive.getValue().isBlank()) {
      return List.of();
    }
    ConfigValue jdbc = context.getValue("quarkus.datasource.jdbc.url");
    if (jdbc == null || jdbc.getValue() == null || !jdbc.getValue().startsWith("jdbc:")) {
      return List.of();
    }
    return List.of(
        new PropertiesConfigSource(
            Map.of("quarkus.datasource.reactive.url", toReactive(jdbc.getValue())),
            "derived-reactive-url",
            60));
  }

  /** jdbc:postgresql://h:p/db?x=y becomes postgresql://h:p/db; credentials come from config. */
  static String toReactive(String jdbcUrl) {
    String url = jdbcUrl.substring("jdbc:".length());
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public OptionalInt getPriority() {
    return OptionalInt.of(90);
  }
}
