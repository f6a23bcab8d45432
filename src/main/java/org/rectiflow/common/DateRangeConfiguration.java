package org.rectiflow.common;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in request bodies of the application's API lie between 1900 and 2199: a date such
 * as {@code +999999999-12-31} parses, but no deadline or round is that far away, and some
 * databases cannot store it. Out of range is an invalid value (HTTP 400 naming the
 * field), never a stored record or a database error.
 */
@Configuration(proxyBeanMethods = false)
class DateRangeConfiguration {

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	@Bean
	Jackson2ObjectMapperBuilderCustomizer datesInRange() {
		return (builder) -> builder.deserializerByType(LocalDate.class, new RangeCheckedLocalDate());
	}

	static final class RangeCheckedLocalDate extends StdDeserializer<LocalDate> {

		RangeCheckedLocalDate() {
			super(LocalDate.class);
		}

		@Override
		public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
			if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
				throw InvalidFormatException.from(parser, "日期应在 1900-01-01 与 2199-12-31 之间 / date out of range",
						date.toString(), LocalDate.class);
			}
			return date;
		}

	}

}
