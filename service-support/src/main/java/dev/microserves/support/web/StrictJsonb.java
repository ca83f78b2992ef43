package dev.microserves.support.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The JSON-B the API reads and writes with: the defaults, except that a whole-number field accepts
 * only a whole JSON number. Left alone, JSON-B reads {@code "quantity": 2.5} as 2 and
 * {@code "quantity": "3"} as 3; here both are a 400 like every other wrong type.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeNumber()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** An {@code Integer} from a JSON number without a fraction that fits in 32 bits, or a failure. */
    static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new JsonbException("expected a whole number");
            }
            try {
                return number.bigDecimalValue().intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("number out of range", tooLarge);
            }
        }
    }
}
