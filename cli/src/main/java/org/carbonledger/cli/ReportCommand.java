package org.carbonledger.cli;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.ResultWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger report}: the client report of an inventory (docs/design.md §6), HTML by default:
 * one self-contained file that opens offline, prints and reads on a phone, with what a signed
 * report states (organisation, reporting period, base year, boundary, preparer: from options or a
 * report settings file, "not stated" when neither gives them), the summary, charts, methodology,
 * lines with their calculation steps, and rejected rows. {@code --format json|csv|xlsx} writes the
 * same result as {@code inventory} (the workbook with the report's statement on its Summary
 * sheet). Takes every option of {@code inventory}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes the client report of an inventory: HTML by default (self-contained, offline, printable),"
                + " or the inventory's JSON, CSV or Excel workbook.", "Same options and defaults as 'inventory'."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "3:some rows rejected (the report is still written and lists them)",
            "1:fatal error (bad file, unknown table ...)", "2:usage error"})
final class ReportCommand extends InventoryCommand {
    @Option(names = "--organisation", paramLabel = "NAME", description = "The reporting organisation.")
    String organisation;

    @Option(names = "--reporting-period", paramLabel = "TEXT",
            description = "The reporting period as the organisation states it (e.g. \"calendar year 2025\").")
    String reportingPeriod;

    @Option(names = "--base-year", paramLabel = "YYYY", description = "The base year, if the organisation has one.")
    String baseYear;

    @Option(names = "--boundary", paramLabel = "TEXT",
            description = "The organisational boundary: consolidation approach and what it takes in.")
    String boundary;

    @Option(names = "--preparer", paramLabel = "NAME", description = "Who prepared the report.")
    String preparer;

    @Option(names = "--report-settings", paramLabel = "FILE.properties",
            description = "A properties file (UTF-8) with any of the keys organisation, reporting-period, base-year,"
                    + " boundary, preparer; an option given on the command line wins.")
    Path reportSettings;

    private ReportDetails details;

    @Override
    String defaultFormat() {
        return "html";
    }

    @Override
    List<String> formats() {
        return List.of("html", "json", "csv", "xlsx");
    }

    @Override
    void checkOptions() {
        Map<String, String> file = reportSettings == null ? Map.of() : ReportDetails.read(reportSettings);
        String year = pick(baseYear, file.get("base-year"));
        if (year != null && !ReportDetails.isYear(year)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--base-year must be a year (YYYY), not '"
                    + year + "'" + (baseYear == null ? " (from " + reportSettings + ")" : ""));
        }
        details = new ReportDetails(pick(organisation, file.get("organisation")),
                pick(reportingPeriod, file.get("reporting-period")), year, pick(boundary, file.get("boundary")),
                pick(preparer, file.get("preparer")), ZonedDateTime.now(java.time.ZoneId.systemDefault()).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String pick(String option, String fromFile) {
        return option != null && !option.isBlank() ? option.strip() : fromFile;
    }

    @Override
    ResultWriter renderer(OutputTarget target, InventoryRun run) {
        return switch (format) {
            case "html" -> new HtmlReportWriter(target.open(), run.settings(), activities.toString(), details);
            case "xlsx" -> new XlsxResultWriter(target.open(), details);
            default -> super.renderer(target, run);
        };
    }
}
