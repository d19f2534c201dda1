package org.carbonledger.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.carbonledger.activity.ActivityCsvReader;
import org.carbonledger.activity.Sector;
import org.carbonledger.cbam.CbamResult;
import org.carbonledger.cbam.Installation;
import org.carbonledger.cbam.LedgerInstallation;
import org.carbonledger.cbam.ProcessResult;
import org.carbonledger.cbam.SeeCalculator;
import org.carbonledger.cbam.SummaryCommunication;
import org.carbonledger.cbam.TemplateReader;
import org.carbonledger.cbam.TracedValue;
import org.carbonledger.csv.CsvFormatException;
import org.carbonledger.factor.FactorChain;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.ghg.GwpSet;
import org.carbonledger.intensity.ProductionCsvReader;
import org.carbonledger.inventory.CalculationSettings;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.InventoryRun;
import org.carbonledger.inventory.RecordOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carbonledger cbam}: the specific embedded emissions (SEE) of CBAM goods (EU Regulation
 * 2023/956; method of Implementing Regulation (EU) 2025/2547, Annex III), from the Commission's
 * communication template or from a ledger (docs/cbam.md).
 */
@Command(name = "cbam", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Computes the specific embedded emissions (SEE, t CO2e per t) of EU CBAM goods by"
                + " Implementing Regulation (EU) 2025/2547, each traced to its equation: from the Commission's"
                + " communication template (--template), or from a ledger (--installation with --activities and"
                + " --production). See docs/cbam.md.",
            "Electricity default factors (IR 2025/2621 Annexes II and III, IEA data under CC BY-NC-SA) are not"
                + " bundled."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:success", "1:fatal error (bad workbook or file; the message names sheet and cell, or row"
                + " and column)", "2:usage error"},
        subcommands = CbamCommand.DefaultsCommand.class)
final class CbamCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--template", paramLabel = "FILE.xlsx",
            description = "A filled CBAM communication template for installations (v2.1, .xlsx).")
    Path template;

    @Option(names = "--installation", paramLabel = "FILE.csv",
            description = "The goods an installation sells, from the ledger: site, process, aggregated_good, cn_code,"
                    + " product (optional). Needs --activities and --production.")
    Path installation;

    @Option(names = "--activities", paramLabel = "FILE.csv",
            description = "With --installation: the activities CSV (as for 'inventory'); the records of each"
                    + " process become its source streams (scope 1) and electricity (scope 2).")
    Path activities;

    @Option(names = "--production", paramLabel = "FILE.csv",
            description = "With --installation: production CSV (site, process, quantity, unit in tonnes).")
    Path production;

    @Option(names = "--gwp", paramLabel = "AR4|AR5|AR6", defaultValue = "AR5",
            description = "With --installation: GWP-100 set of the inventory (default: ${DEFAULT-VALUE}).")
    String gwp;

    @Option(names = "--table-file", paramLabel = "FILE",
            description = "With --installation: a factor table of your own (such as the electricity factor CBAM"
                    + " asks for); repeatable, first in the chain.")
    List<Path> tableFiles;

    @Option(names = "--name", paramLabel = "TEXT", description = "With --installation: the installation's name.")
    String name;

    @Option(names = "--format", paramLabel = "json|xlsx", defaultValue = "json",
            description = "json (default), or xlsx: the template's Summary_Communication sheet (needs --output).")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the result here instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if ((template == null) == (installation == null)) {
            throw new CommandLine.ParameterException(cl, "give either --template FILE.xlsx or --installation FILE.csv");
        }
        if (installation != null && (activities == null || production == null)) {
            throw new CommandLine.ParameterException(cl, "--installation needs --activities and --production");
        }
        if (template != null && (activities != null || production != null || tableFiles != null || name != null)) {
            throw new CommandLine.ParameterException(cl, "--activities, --production, --table-file and --name go with"
                    + " --installation, not --template");
        }
        if (!format.equals("json") && !format.equals("xlsx")) {
            throw new CommandLine.ParameterException(cl, "--format must be json or xlsx, not '" + format + "'");
        }
        if (format.equals("xlsx") && output == null) {
            throw new CommandLine.ParameterException(cl, "--format xlsx writes a workbook: give --output FILE.xlsx");
        }
        CarbonLedgerCommand.quietPoiLogging();
        List<Path> inputs = new ArrayList<>();
        Installation inst;
        if (template != null) {
            inputs.add(template);
            inst = TemplateReader.read(template);
        } else {
            inputs.addAll(List.of(installation, activities, production));
            if (tableFiles != null) {
                inputs.addAll(tableFiles);
            }
            inst = fromLedger();
        }
        CbamResult result = SeeCalculator.calculate(inst);
        if (format.equals("xlsx")) {
            OutputTarget target = OutputTarget.of(output, inputs);
            try {
                try (OutputStream out = target.open()) {
                    SummaryCommunication.write(result, out);
                } catch (IOException e) {
                    throw new FatalException("cannot write " + output + ": " + e.getMessage());
                }
                target.deliver(CarbonLedgerCommand.stdout(spec), cl.getOut());
            } finally {
                target.discard();
            }
        } else {
            CommandOutput.write(cl, output, inputs, w -> json(result, w));
        }
        PrintWriter err = cl.getErr();
        int products = result.products().size();
        int processes = result.processes().size();
        err.println("carbonledger: " + products + (products == 1 ? " product" : " products") + " of " + processes
                + (processes == 1 ? " production process" : " production processes")
                + (output != null ? "; result in " + output : ""));
        err.flush();
        return 0;
    }

    private Installation fromLedger() {
        GwpSet gwpSet;
        try {
            gwpSet = GwpSet.of(gwp);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--gwp: " + e.getMessage());
        }
        FactorRegistry registry = FactorRegistry.discover();
        List<String> ids = new ArrayList<>();
        if (tableFiles != null && !tableFiles.isEmpty()) {
            registry = InventoryCommand.withUserTables(registry, tableFiles, ids);
        }
        ids.addAll(BuiltInTables.DEFAULT_CHAIN);
        FactorChain chain = BuiltInTables.chain(registry, ids);
        CalculationSettings settings = new CalculationSettings(registry, chain, gwpSet, Sector.MANUFACTURING);
        InventoryRun run = InventoryRun.builder(settings).chainIsDefault(tableFiles == null).keepRecords(true).build();
        ProductionCsvReader.Result prod;
        try {
            prod = ProductionCsvReader.read(production);
        } catch (CsvFormatException e) {
            throw new FatalException("--production: " + e.getMessage());
        }
        if (!prod.rejected().isEmpty()) {
            throw new FatalException("--production: " + prod.rejected().get(0).message());
        }
        List<LedgerInstallation.Good> goods = LedgerInstallation.readGoods(installation);
        InventoryResult inv;
        try (ActivityCsvReader in = ActivityCsvReader.open(activities)) {
            inv = run.run(in, o -> { });
        }
        for (RecordOutcome o : inv.records()) {
            if (!o.isPriced()) {
                String process = o.fields().getOrDefault("process", "");
                for (LedgerInstallation.Good g : goods) {
                    if (g.process().equalsIgnoreCase(process.strip())) {
                        throw new FatalException("--activities: a row of CBAM process \"" + process + "\" was rejected,"
                                + " so its emissions would be incomplete: " + o.rejection().message());
                    }
                }
            }
        }
        return LedgerInstallation.build(name != null ? name : installation.getFileName().toString(), goods,
                inv.records(), prod.records());
    }

    private static void json(CbamResult r, Writer w) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("method", "EU CBAM specific embedded emissions, Implementing Regulation (EU) 2025/2547"
                    + " Annex III (Equations 52 to 63); t CO2e per functional unit");
            g.writeObjectFieldStart("installation");
            g.writeStringField("name", r.installation().name());
            g.writeStringField("country", r.installation().country());
            g.writeStringField("reporting_period", r.installation().reportingPeriod());
            g.writeEndObject();
            g.writeArrayFieldStart("products");
            for (CbamResult.ProductResult p : r.products()) {
                ProcessResult pr = p.result();
                g.writeStartObject();
                g.writeStringField("process", p.product().process());
                g.writeStringField("cn_code", p.product().cnCode());
                g.writeStringField("cn_name", p.product().cnName());
                g.writeStringField("product", p.product().name());
                g.writeStringField("good", pr.process().goods().label());
                g.writeNumberField("see_direct", pr.seeDirect().doubleValue());
                g.writeNumberField("see_indirect", pr.seeIndirect().doubleValue());
                g.writeNumberField("see_total", pr.seeTotal().doubleValue());
                g.writeStringField("unit", pr.seeTotal().unit());
                g.writeNumberField("share_from_defaults", pr.shareFromDefaults().doubleValue());
                g.writeNumberField("embedded_electricity", pr.embeddedElectricity().doubleValue());
                g.writeBooleanField("indirect_counted", pr.process().goods().indirectRelevant());
                g.writeObjectFieldStart("calculation");
                g.writeFieldName("see_direct");
                trace(g, pr.seeDirect());
                g.writeFieldName("see_indirect");
                trace(g, pr.seeIndirect());
                g.writeFieldName("share_from_defaults");
                trace(g, pr.shareFromDefaults());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("processes");
            for (ProcessResult pr : r.processes()) {
                g.writeStartObject();
                g.writeStringField("name", pr.process().name());
                g.writeStringField("good", pr.process().goods().label());
                g.writeNumberField("activity_level", pr.process().activityLevel().doubleValue());
                g.writeNumberField("attributed_direct", pr.attributedDirect().doubleValue());
                g.writeNumberField("attributed_indirect", pr.attributedIndirect().doubleValue());
                g.writeNumberField("see_direct", pr.seeDirect().doubleValue());
                g.writeNumberField("see_indirect", pr.seeIndirect().doubleValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("not_bundled", "the electricity default factors of IR (EU) 2025/2621 Annexes II and"
                    + " III (IEA data, CC BY-NC-SA 4.0): the template's or the ledger's factors are used as given");
            g.writeEndObject();
        }
        w.write("\n");
    }

    /** {@code carbonledger cbam defaults}: a default value of IR (EU) 2025/2621 with its mark-ups. */
    @Command(name = "defaults", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Looks up a CBAM default value of Implementing Regulation (EU) 2025/2621 (Annex I by"
                    + " country, or Annex IV) with its marked-up totals for 2026, 2027 and 2028 on.",
                "The bundled values are the original 2025/2621 ones; give the values as corrected by IR (EU)"
                    + " 2026/1740 with --values (see docs/cbam.md)."})
    static final class DefaultsCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--code", required = true, paramLabel = "CN",
                description = "The CN code, or the 10-digit TARIC code for clinker and hydraulic cements.")
        String code;

        @Option(names = "--country", paramLabel = "NAME",
                description = "The country of production as Annex I names it; absent: Annex IV (country unknown).")
        String country;

        @Option(names = "--values", paramLabel = "FILE.csv",
                description = "Default values of your own (such as the 2026/1740 corrections); their rows win.")
        Path values;

        @Option(names = "--output", paramLabel = "FILE", description = "Write the result here instead of stdout.")
        Path output;

        @Override
        public Integer call() {
            org.carbonledger.cbam.DefaultValues dv = org.carbonledger.cbam.DefaultValues.bundled();
            if (values != null) {
                dv = dv.withOverrides(org.carbonledger.cbam.DefaultValues.read(values));
            }
            org.carbonledger.cbam.DefaultValue v = country == null ? dv.annexIV(code) : dv.annexI(country, code);
            String edition = dv.description();
            List<Path> inputs = new ArrayList<>();
            if (values != null) {
                inputs.add(values);
            }
            CommandOutput.write(spec.commandLine(), output, inputs, w -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.useDefaultPrettyPrinter();
                    g.writeStartObject();
                    g.writeStringField("annex", v.annex());
                    g.writeStringField("requested_country", v.requestedCountry());
                    g.writeStringField("country", v.country());
                    g.writeBooleanField("fallback", v.fallback());
                    g.writeStringField("sector", v.sector().label());
                    g.writeStringField("key", v.key());
                    g.writeStringField("description", v.description());
                    if (v.direct() != null) {
                        g.writeNumberField("direct", v.direct());
                    } else {
                        g.writeNullField("direct");
                    }
                    if (v.indirect() != null) {
                        g.writeNumberField("indirect", v.indirect());
                    } else {
                        g.writeNullField("indirect");
                    }
                    g.writeNumberField("total", v.total());
                    g.writeStringField("unit", "t CO2e/t");
                    g.writeStringField("route", v.route());
                    g.writeObjectFieldStart("marked_up_total");
                    for (int year = 2026; year <= 2028; year++) {
                        g.writeNumberField(year == 2028 ? "2028_onwards" : String.valueOf(year), v.markedUpTotal(year));
                    }
                    g.writeEndObject();
                    g.writeStringField("source", v.source());
                    g.writeStringField("edition", edition);
                    g.writeEndObject();
                }
                w.write("\n");
            });
            return 0;
        }
    }

    private static void trace(JsonGenerator g, TracedValue t) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", t.label());
        g.writeNumberField("value", t.doubleValue());
        g.writeStringField("unit", t.unit());
        g.writeStringField("equation", t.equation());
        if (!t.reference().isEmpty()) {
            g.writeStringField("reference", t.reference());
        }
        if (!t.source().isEmpty()) {
            g.writeStringField("source", t.source());
        }
        if (!t.terms().isEmpty()) {
            g.writeArrayFieldStart("terms");
            for (TracedValue term : t.terms()) {
                trace(g, term);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
