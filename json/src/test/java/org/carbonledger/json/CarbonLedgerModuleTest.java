package org.carbonledger.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.measure.Quantity;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.ActivityId;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.activity.Period;
import org.carbonledger.activity.Region;
import org.carbonledger.activity.Scope;
import org.carbonledger.activity.Sector;
import org.carbonledger.ghg.Gas;
import org.carbonledger.quantity.ActivityUnit;
import org.carbonledger.quantity.CarbonUnits;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;
import tech.units.indriya.quantity.Quantities;

/** JSON mapping: round trips ({@code parse(format(x)) == x}) and clear refusals. */
class CarbonLedgerModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CarbonLedgerModule());

    private <T> T roundTrip(T value, Class<T> type) throws Exception {
        return mapper.readValue(mapper.writeValueAsString(value), type);
    }

    @Test
    void activity_roundTrips() throws Exception {
        Activity a = Activity.builder(ActivityId.of("fuel/natural_gas"), 1850.25, UnitParser.standard().parse("mmBtu"))
                .id("L-1").site("Leeds").process("boilers").period(Period.parse("2025-02")).region(Region.parse("GB"))
                .sector(Sector.COMMERCIAL).scope(Scope.SCOPE_1).basis(CalorificBasis.GROSS).tag("meter", "M7").build();
        String json = mapper.writeValueAsString(a);
        assertTrue(json.contains("\"unit\":\"mmBtu\""), json);
        assertTrue(json.contains("\"period\":\"2025-02\""), json);
        assertEquals(a, mapper.readValue(json, Activity.class));
    }

    @Test
    void quantity_isValueAndSymbol() throws Exception {
        Quantity<?> q = Quantities.getQuantity(new BigDecimal("12.5"), CarbonUnits.KILOWATT_HOUR);
        String json = mapper.writeValueAsString(q);
        assertEquals("{\"value\":12.5,\"unit\":\"kWh\"}", json);
        Quantity<?> back = mapper.readValue(json, Quantity.class);
        assertEquals(0, new BigDecimal("12.5").compareTo(new BigDecimal(back.getValue().toString())));
        assertEquals(CarbonUnits.KILOWATT_HOUR, back.getUnit());
    }

    @Test
    void valueTypes_roundTripForGeneratedValues() {
        qt().forAll(integers().between(1900, 2100), integers().between(0, 12), doubles().between(0, 1e12),
                integers().between(0, UnitParser.standard().units().size() - 1)).checkAssert((y, m, x, u) -> {
                    try {
                        Period p = Period.parse(m == 0 ? String.valueOf(y) : String.format("%d-%02d", y, m));
                        assertEquals(p, roundTrip(p, Period.class));
                        ActivityUnit unit = UnitParser.standard().units().get(u);
                        assertEquals(unit, roundTrip(unit, ActivityUnit.class));
                        Activity a = Activity.builder(ActivityId.of("fuel/lpg"), x, unit).build();
                        assertEquals(a, roundTrip(a, Activity.class));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void mapsKeyedByGas_roundTrip() throws Exception {
        Map<Gas, Double> m = Map.of(Gas.CO2, 1.5, Gas.N2O, 0.25);
        String json = mapper.writeValueAsString(m);
        assertEquals(m, mapper.readValue(json, new TypeReference<Map<Gas, Double>>() { }));
        assertEquals(List.of(Region.parse("US-CAMX")), mapper.readValue("[\"US-CAMX\"]",
                new TypeReference<List<Region>>() { }));
    }

    @Test
    void badValues_areRefusedNamingThem() {
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue("\"kWhh\"", ActivityUnit.class));
        assertTrue(e.getMessage().contains("kWhh"), e.getMessage());
        assertThrows(JsonMappingException.class, () -> mapper.readValue("\"2025-13\"", Period.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"value\":\"x\",\"unit\":\"kg\"}", Quantity.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("{\"value\":1,\"unit\":\"parsec\"}", Quantity.class));
        assertThrows(JsonMappingException.class, () -> mapper.readValue("42", Gas.class));
    }
}
