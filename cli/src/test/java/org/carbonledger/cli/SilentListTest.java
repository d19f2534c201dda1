package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rest of the silent list (hostile-input campaign, item 10): each case used to give a number
 * or exit 0 without a word; each is now a rejection, a note, or an error.
 */
class SilentListTest {
    @TempDir
    Path dir;

    private Cli.Run inventory(String csv) {
        return Cli.run("inventory", "--activities", Cli.write(dir, "in.csv", csv).toString());
    }

    /** An unknown eGRID subregion was priced at the US average; eGRID's subregions partition the US. */
    @Test
    void unknownEgridSubregion_isRejectedNotPricedAtTheUsAverage() {
        Cli.Run run = inventory("activity,amount,unit,region,period\nelectricity/grid,100,MWh,US-XXXX,2025\n"
                + "electricity/grid,100,MWh,US-CAMX,2025\n");
        assertEquals(3, run.status(), run::toString);
        JsonNode json = run.json();
        assertEquals(1, json.at("/counts/rejected").asInt());
        assertEquals(2, json.at("/rejected/0/row").asInt());
        assertEquals("region", json.at("/rejected/0/column").asText());
        assertTrue(json.at("/rejected/0/reason").asText().contains("not one of the"), run::toString);
        assertEquals("US-CAMX", json.at("/records/0/region").asText());
    }

    /** A fuel in a known subregion is still priced by the US national fuel factors. */
    @Test
    void aFuelInAKnownSubregion_isPricedByTheNationalFuelFactors() {
        Cli.Run run = inventory("activity,amount,unit,region,period\nfuel/natural_gas,10,mmBtu,US-CAMX,2025\n");
        assertEquals(0, run.status(), run::toString);
        assertEquals("epa-hub-2025", run.json().at("/records/0/table").asText());
    }

    /** Grid electricity stated as scope 1 was accepted without a word; it is reported as stated, with a note. */
    @Test
    void gridElectricityStatedAsScope1_isReportedWithANote() {
        Cli.Run run = inventory("activity,amount,unit,region,period,scope\nelectricity/grid,100,MWh,GB,2025,1\n");
        assertEquals(0, run.status(), run::toString);
        JsonNode r = run.json().at("/records/0");
        assertEquals("1", r.get("scope").asText());
        assertTrue(r.get("trace").toString().contains("the usual scope of electricity/grid is 2"), r::toString);
    }

    /** A basis on an amount of mass, or on electricity, was ignored; the row is rejected naming the column. */
    @Test
    void basisOnAMassOrElectricityAmount_isRejected() {
        Cli.Run run = inventory("activity,amount,unit,region,period,basis\nfuel/gas_diesel_oil,10,t,,,gross\n"
                + "electricity/grid,100,MWh,GB,2025,net\nfuel/natural_gas,10,GJ,,,net\n");
        assertEquals(3, run.status(), run::toString);
        JsonNode json = run.json();
        assertEquals(2, json.at("/counts/rejected").asInt());
        assertEquals("basis", json.at("/rejected/0/column").asText());
        assertEquals("basis", json.at("/rejected/1/column").asText());
        assertTrue(json.at("/rejected/0/reason").asText().contains("amount of mass"), run::toString);
    }

    /** `factors list` ignored write errors (exit 0 into a full disk or a closed pipe). */
    @Test
    void factorsList_aFailedWrite_isAnError() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        StringWriter err = new StringWriter();
        int status = CarbonLedgerCommand.execute(new String[] {"factors", "list"}, broken, new PrintWriter(err, true));
        assertEquals(CarbonLedgerCommand.EXIT_FATAL, status, err::toString);
        assertTrue(err.toString().contains("cannot write"), err::toString);
    }
}
