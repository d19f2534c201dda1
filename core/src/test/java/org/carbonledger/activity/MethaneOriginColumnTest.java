package org.carbonledger.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.carbonledger.csv.CsvReader;
import org.carbonledger.quantity.UnitParser;
import org.junit.jupiter.api.Test;

/**
 * The {@code methane_origin} column of an activities CSV: it selects the variant of
 * {@code fugitive/methane}, and a value that could not apply rejects its row, naming the column.
 */
class MethaneOriginColumnTest {

    private static List<Object> read(String text) {
        List<Object> out = new ArrayList<>();
        try (ActivityCsvReader in = ActivityCsvReader.of(CsvReader.of(new StringReader(text), "a.csv"),
                UnitParser.standard())) {
            while (in.next()) {
                out.add(in.activity() != null ? in.activity() : in.rejection());
            }
        }
        return out;
    }

    @Test
    void theOriginSelectsTheVariant() {
        List<Object> rows = read("activity,amount,unit,methane_origin\n"
                + "fugitive/methane,1,t,fossil\n"
                + "fugitive/methane,1,t,Biogenic\n"
                + "fugitive/methane,1,t,unknown\n"
                + "fugitive/methane,1,t,\n"
                + "fugitive/methane/fossil,1,t,fossil\n"
                + "fuel/natural_gas,1,GJ,\n");
        assertEquals("fugitive/methane/fossil", ((Activity) rows.get(0)).activity().id());
        assertEquals("fugitive/methane/biogenic", ((Activity) rows.get(1)).activity().id());
        assertEquals("fugitive/methane", ((Activity) rows.get(2)).activity().id());
        assertEquals("fugitive/methane", ((Activity) rows.get(3)).activity().id());
        assertEquals("fugitive/methane/fossil", ((Activity) rows.get(4)).activity().id());
        assertEquals("fuel/natural_gas", ((Activity) rows.get(5)).activity().id());
        assertNull(((Activity) rows.get(0)).tags().get("methane_origin"), "the column is read, not kept as a tag");
    }

    @Test
    void anOriginThatCannotApply_rejectsTheRow() {
        List<Object> rows = read("activity,amount,unit,Methane_Origin\n"
                + "fuel/natural_gas,1,GJ,fossil\n"
                + "fugitive/methane/fossil,1,t,biogenic\n"
                + "fugitive/methane,1,t,fosil\n");
        RejectedRow combustion = (RejectedRow) rows.get(0);
        assertEquals(2, combustion.row());
        assertEquals("Methane_Origin", combustion.column());
        assertEquals("fossil", combustion.value());
        assertTrue(combustion.reason().contains("applies only to fugitive/methane"), combustion.reason());
        RejectedRow contradiction = (RejectedRow) rows.get(1);
        assertTrue(contradiction.reason().contains("contradicts the activity fugitive/methane/fossil"),
                contradiction.reason());
        RejectedRow typo = (RejectedRow) rows.get(2);
        assertTrue(typo.reason().contains("not one of fossil, biogenic, unknown"), typo.reason());
    }

    @Test
    void refrigerantDesignationsAreIds() {
        assertEquals("fugitive/refrigerant/R-410A", ActivityId.of("fugitive/refrigerant/R-410A").id());
        assertEquals("fugitive/gas/c-C4F8", ActivityId.of("fugitive/gas/c-C4F8").id());
        List<Object> rows = read("activity,amount,unit\nfuel/Natural-Gas,1,GJ\n");
        assertTrue(((RejectedRow) rows.get(0)).reason().contains("lower snake case"));
    }
}
