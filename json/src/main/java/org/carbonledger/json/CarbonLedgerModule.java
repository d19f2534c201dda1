package org.carbonledger.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import javax.measure.Quantity;
import javax.measure.Unit;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.ghg.Gas;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.InventoryKey;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.RateUnit;
import org.carbonledger.quantity.UnitParser;
import tech.units.indriya.quantity.Quantities;

/**
 * Jackson mapping of the model (docs/design.md §3, {@code org.carbonledger.json}).
 *
 * <ul>
 *   <li>{@link Quantity}: {@code {"value": 12.5, "unit": "kWh"}}, the unit as a symbol that
 *       {@link UnitParser} reads;</li>
 *   <li>{@link ActivityUnit}, {@link RateUnit}, {@link ActivityId}, {@link Gas}, {@link Period},
 *       {@link Region}, {@link Scope}, {@link Sector}, {@link CalorificBasis}, {@link LocalDate}: their
 *       text forms, read back by their {@code parse}/{@code of} methods ({@code parse(format(x))
 *       equals x});</li>
 *   <li>records such as {@code Activity}, {@code EmissionFactor}, {@code TableInfo},
 *       {@code EmissionTotals}: by their components, with the above for their fields;</li>
 *   <li>{@link ActivityResult}: written (not read) with its masses, CO2e, calculation, factor source and trace;</li>
 *   <li>{@link InventoryResult}: written (not read) as the document {@code carbonledger inventory}
 *       prints, byte for byte ({@link InventoryJsonWriter}); it holds records when its run kept them;</li>
 *   <li>{@link Inventory}: written (not read) as its GWP set, totals and groups, each group with its
 *       key's fields ({@code scope}, {@code site}, {@code process}, {@code period}, {@code activity}).</li>
 * </ul>
 * A value that does not parse is a Jackson {@code InvalidFormatException} naming it. Thread-safe.
 */
public final class CarbonLedgerModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public CarbonLedgerModule() {
        super("CarbonLedgerModule", Version.unknownVersion());
        UnitParser units = UnitParser.standard();
        text(ActivityUnit.class, ActivityUnit::symbol, units::parse);
        text(RateUnit.class, RateUnit::symbol, units::parseRatio);
        text(ActivityId.class, ActivityId::id, ActivityId::of);
        text(Gas.class, Gas::id, Gas::parse);
        text(Period.class, Period::text, Period::parse);
        text(Region.class, Region::id, Region::parse);
        text(Scope.class, Scope::code, Scope::parse);
        text(Sector.class, Sector::code, Sector::parse);
        text(CalorificBasis.class, CalorificBasis::code, CalorificBasis::parse);
        text(LocalDate.class, LocalDate::toString, LocalDate::parse);
        addKeyDeserializer(Gas.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
                try {
                    return Gas.parse(key);
                } catch (IllegalArgumentException e) {
                    return ctxt.handleWeirdKey(Gas.class, key, e.getMessage());
                }
            }
        });
        addSerializer(quantitySerializer(units));
        addDeserializer(Quantity.class, quantityDeserializer(units));
        addSerializer(ActivityResult.class, new ResultSerializer());
        addSerializer(InventoryResult.class, new InventoryResultSerializer());
        addSerializer(Inventory.class, new InventorySerializer());
    }

    private <T> void text(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String s = p.getText();
                try {
                    return parse.apply(s);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, s, e.getMessage()));
                }
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonSerializer<Quantity> quantitySerializer(UnitParser units) {
        return new JsonSerializer<Quantity>() {
            @Override
            public Class<Quantity> handledType() {
                return Quantity.class;
            }

            @Override
            public void serialize(Quantity q, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeStartObject();
                gen.writeNumberField("value", q.getValue().doubleValue());
                gen.writeStringField("unit", symbol(units, q.getUnit()));
                gen.writeEndObject();
            }
        };
    }

    private static String symbol(UnitParser units, Unit<?> unit) {
        for (ActivityUnit u : units.units()) {
            if (u.unit().equals(unit)) {
                return u.symbol();
            }
        }
        return unit.toString();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonDeserializer<Quantity> quantityDeserializer(UnitParser units) {
        return new JsonDeserializer<Quantity>() {
            @Override
            public Quantity deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = p.readValueAsTree();
                JsonNode value = node == null ? null : node.get("value");
                JsonNode unit = node == null ? null : node.get("unit");
                if (value == null || !value.isNumber() || unit == null || !unit.isTextual()) {
                    return (Quantity) ctxt.handleWeirdStringValue(Quantity.class, String.valueOf(node),
                            "a quantity is {\"value\": number, \"unit\": \"symbol\"}");
                }
                try {
                    return Quantities.getQuantity(value.decimalValue(), (Unit) units.parse(unit.asText()).unit());
                } catch (IllegalArgumentException e) {
                    return (Quantity) ctxt.handleWeirdStringValue(Quantity.class, unit.asText(), e.getMessage());
                }
            }
        };
    }

    /** Writes an activity result: its record, masses, CO2e, table and trace. */
    private static final class ResultSerializer extends JsonSerializer<ActivityResult> {
        @Override
        public void serialize(ActivityResult r, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeFieldName("activity");
            serializers.defaultSerializeValue(r.activity(), gen);
            gen.writeStringField("scope", r.scope().code());
            gen.writeStringField("gwp", r.gwp().id());
            gen.writeNumberField("co2e_kg", r.co2eKg());
            gen.writeObjectFieldStart("gases_kg");
            for (Map.Entry<Gas, Double> e : r.gasesKg().entrySet()) {
                gen.writeNumberField(e.getKey().id(), e.getValue());
            }
            gen.writeEndObject();
            gen.writeNumberField("biogenic_co2_kg", r.biogenicCo2Kg());
            gen.writeStringField("table", r.factor().table().id());
            gen.writeStringField("edition", r.factor().table().edition());
            gen.writeFieldName("calculation");
            serializers.defaultSerializeValue(r.calculation(), gen);
            gen.writeArrayFieldStart("trace");
            for (String line : r.trace()) {
                gen.writeString(line);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** Writes an inventory run's result as the command line does. */
    private static final class InventoryResultSerializer extends JsonSerializer<InventoryResult> {
        @Override
        public void serialize(InventoryResult r, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            InventoryJsonWriter w = InventoryJsonWriter.on(gen, r.settings());
            for (RecordOutcome o : r.records()) {
                if (o.isPriced()) {
                    w.record(o);
                }
            }
            w.finishWith(r, r.records());
        }
    }

    /** Writes an inventory: GWP set, totals, and each group with its key. */
    private static final class InventorySerializer extends JsonSerializer<Inventory> {
        @Override
        public void serialize(Inventory inv, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("gwp", inv.gwp());
            gen.writeNumberField("records", inv.records());
            gen.writeFieldName("totals");
            serializers.defaultSerializeValue(inv.totals(), gen);
            gen.writeArrayFieldStart("groups");
            for (Map.Entry<InventoryKey, EmissionTotals> e : inv.byKey().entrySet()) {
                InventoryKey k = e.getKey();
                gen.writeStartObject();
                gen.writeStringField("scope", k.scope().code());
                gen.writeStringField("site", k.site());
                gen.writeStringField("process", k.process());
                gen.writeStringField("period", k.period());
                gen.writeStringField("activity", k.activity());
                gen.writeFieldName("totals");
                serializers.defaultSerializeValue(e.getValue(), gen);
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }
}
