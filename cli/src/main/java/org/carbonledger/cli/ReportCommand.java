package org.carbonledger.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code carbonledger report}: the client report of an inventory (DESIGN.md §6), HTML by default:
 * one self-contained file that opens offline, prints and reads on a phone, with the summary,
 * charts, methodology, audit trail and rejected rows. {@code --format json|csv} writes the same
 * result as {@code inventory}. Takes every option of {@code inventory}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the client report of an inventory: HTML by default (self-contained, offline, printable),"
                + " or the inventory's JSON or CSV.", "Same options and defaults as 'inventory'."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "3:some rows rejected (the report is still written and lists them)",
            "1:fatal error (bad file, unknown table ...)", "2:usage error"})
final class ReportCommand extends InventoryCommand {
    @Override
    String defaultFormat() {
        return "html";
    }

    @Override
    List<String> formats() {
        return List.of("html", "json", "csv");
    }
}
