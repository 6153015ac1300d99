package org.securebase.app.system;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.securebase.app.kernel.InputRules;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputRules} for JSON bodies, applied while Jackson reads them so no controller needs to
 * remember: every string (values, list items, map keys and values) refuses NUL and lone surrogates,
 * every date refuses a day outside the supported calendar, and a {@code null} inside a list or set
 * is refused instead of reaching code that expects an element. The failure names its place in the
 * body ({@code losses[1]}); {@code ApiErrors} answers 400 with that path as the field.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputGuards {

  @Bean
  JacksonModule inputRules() {
    SimpleModule module = new SimpleModule("securebase-input-rules");
    module.addDeserializer(String.class, new CheckedText());
    module.addKeyDeserializer(String.class, new CheckedKey());
    bounded(module, LocalDate.class, LocalDateDeserializer.INSTANCE);
    bounded(module, LocalDateTime.class, LocalDateTimeDeserializer.INSTANCE);
    bounded(module, OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME);
    bounded(module, ZonedDateTime.class, InstantDeserializer.ZONED_DATE_TIME);
    bounded(module, Instant.class, InstantDeserializer.INSTANT);
    return module;
  }

  @Bean
  JsonMapperBuilderCustomizer noNullElements() {
    JsonSetter.Value failOnNullElement = JsonSetter.Value.forContentNulls(Nulls.FAIL);
    return builder -> {
      for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
        builder.withConfigOverride(type, o -> o.setNullHandling(failOnNullElement));
      }
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> void bounded(SimpleModule module, Class<T> type, ValueDeserializer<T> dates) {
    module.addDeserializer(type, (ValueDeserializer) new BoundedDates(dates));
  }

  /** Jackson's own string reading, then the text check. */
  static final class CheckedText extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      return InputRules.text(InputGuards.UNNAMED, super.deserialize(p, ctxt));
    }
  }

  /** A map key is text from outside too. */
  static final class CheckedKey extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      return InputRules.text(InputGuards.UNNAMED, key);
    }
  }

  /** Jackson's own date reading (with any {@code @JsonFormat}), then the calendar check. */
  static final class BoundedDates extends DelegatingDeserializer {

    BoundedDates(ValueDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new BoundedDates(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      return InputRules.moment(InputGuards.UNNAMED, super.deserialize(p, ctxt));
    }
  }
}
