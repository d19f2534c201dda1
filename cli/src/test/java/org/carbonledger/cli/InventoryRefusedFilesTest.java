package org.carbonledger.cli;

import static org.carbonledger.cli.Cli.assertRefused;
import static org.carbonledger.cli.Cli.inventory;
import static org.carbonledger.cli.Cli.inventoryOf;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of {@code carbonledger inventory} on activities files that docs/design.md §6 says
 * must be refused as a whole: an empty file, a missing required column ({@code activity},
 * {@code amount} or {@code unit}), a duplicate column (also when the names differ only in case),
 * a delimiter other than comma (semicolon, tab), a missing file and an unterminated quote. Each
 * must exit 1 with exactly one line on stderr naming the problem and the file, nothing on
 * stdout, and no stack trace.
 */
class InventoryRefusedFilesTest {
    @TempDir
    Path dir;

    private Cli.Run refuse(String name, String csv) {
        return inventoryOf(Cli.write(dir, name, csv));
    }

    @Test
    void emptyFile_isRefused() {
        assertRefused(refuse("empty.csv", ""), "empty.csv", "empty");
    }

    @Test
    void fileWithOnlyByteOrderMark_isRefusedAsEmpty() {
        assertRefused(inventoryOf(Cli.writeBytes(dir, "bom-only.csv",
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})), "bom-only.csv", "empty");
    }

    @ParameterizedTest(name = "missing required column {0}")
    @ValueSource(strings = {"activity", "amount", "unit"})
    void missingRequiredColumn_isRefusedNamingIt(String missing) {
        String header = String.join(",", java.util.stream.Stream.of("site", "activity", "amount", "unit")
                .filter(c -> !c.equals(missing)).toList());
        Cli.Run r = refuse("missing-" + missing + ".csv", header + "\nLeeds,fuel/natural_gas,10\n");
        assertRefused(r, "missing-" + missing + ".csv", "missing", "'" + missing + "'");
    }

    @Test
    void duplicateColumn_isRefused() {
        assertRefused(refuse("dup.csv", "activity,amount,unit,amount\nfuel/natural_gas,1,GJ,2\n"),
                "dup.csv", "duplicate", "amount");
    }

    @Test
    void duplicateColumn_differingOnlyInCase_isRefused() {
        assertRefused(refuse("dupcase.csv", "activity,amount,unit,Unit\nfuel/natural_gas,1,GJ,kWh\n"),
                "dupcase.csv", "duplicate", "unit");
    }

    @Test
    void duplicateOptionalColumn_isRefused() {
        assertRefused(refuse("dupsite.csv", "site,activity,amount,unit,SITE\nA,fuel/natural_gas,1,GJ,B\n"),
                "dupsite.csv", "duplicate", "site");
    }

    @Test
    void semicolonDelimiter_isRefused() {
        assertRefused(refuse("semi.csv", "activity;amount;unit\nfuel/natural_gas;1000;GJ\n"),
                "semi.csv", "delimited", "';'");
    }

    @Test
    void tabDelimiter_isRefused() {
        assertRefused(refuse("tabs.csv", "activity\tamount\tunit\nfuel/natural_gas\t1000\tGJ\n"),
                "tabs.csv", "delimited", "tab");
    }

    @Test
    void missingFile_isRefused() {
        Path absent = dir.resolve("no-such-ledger.csv");
        assertRefused(inventoryOf(absent), "no-such-ledger.csv", "no such file");
    }

    @Test
    void directoryInsteadOfFile_isRefused() {
        assertRefused(inventoryOf(dir), dir.getFileName().toString());
    }

    @Test
    void unterminatedQuote_isRefusedNamingTheRow() {
        Cli.Run r = refuse("unterminated.csv",
                "activity,amount,unit\nfuel/natural_gas,1000,GJ\nfuel/natural_gas,\"10,GJ\nfuel/natural_gas,5,GJ\n");
        assertRefused(r, "unterminated.csv", "row 3", "quote");
    }

    @Test
    void unterminatedQuoteInHeader_isRefused() {
        assertRefused(refuse("badheader.csv", "activity,\"amount,unit\n"), "badheader.csv", "quote");
    }

    /**
     * Bytes that are not UTF-8 in the header leave no columns to read. (In a data row they reject
     * that row only: InventoryRejectedRowsTest.)
     */
    @Test
    void invalidUtf8InTheHeader_isRefused() {
        byte[] bytes = {'a', 'c', 't', 'i', 'v', 'i', 't', 'y', ',', 'a', 'm', 'o', 'u', 'n', 't', ',', 'u', 'n', 'i',
            (byte) 0xC3, (byte) 0x28, '\n', 'f', ',', '1', ',', 'G', 'J', '\n'};
        assertRefused(inventoryOf(Cli.writeBytes(dir, "latin.csv", bytes)), "latin.csv", "row 1", "UTF-8");
    }

    @Test
    void refusal_isNotMaskedByAnEarlierGoodRow_andNoPartialResultIsPrinted() {
        // a good row before the broken quote must not leak a partial JSON document on stdout
        Cli.Run r = inventory(dir, "activity,amount,unit\nfuel/natural_gas,1000,GJ\n\"fuel/natural_gas,1,GJ\n");
        assertRefused(r, "activities.csv", "quote");
    }
}
