package org.solidarity.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses NUL characters in every JSON string the API reads: PostgreSQL cannot store them, and no
 * field has a use for them, so they become a 400 on the field instead of a failure at the database.
 */
@Singleton
public class JsonNulGuard implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    SimpleModule module = new SimpleModule("solidarity-no-nul");
    module.addDeserializer(String.class, new NoNul());
    mapper.registerModule(module);
  }

  /** The standard string reader, plus the NUL check. */
  static final class NoNul extends StdScalarDeserializer<String> {

    NoNul() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String value = StringDeserializer.instance.deserialize(p, ctxt);
      if (value != null && value.indexOf('\0') >= 0) {
        throw InvalidFormatException.from(p, "NUL characters are not allowed", "", String.class);
      }
      return value;
    }
  }
}
