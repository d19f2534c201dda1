package org.carbonledger.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.carbonledger.activity.ActivityType;
import org.carbonledger.activity.CalorificBasis;
import org.carbonledger.factor.Conversion;
import org.carbonledger.factor.EmissionFactor;
import org.carbonledger.factor.FactorQuery;
import org.carbonledger.factor.FactorRegistry;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.factor.spi.FactorTable;
import org.carbonledger.factors.BuiltInTables;
import org.carbonledger.internal.NumberText;
import org.carbonledger.quantity.UnitKind;
import org.carbonledger.quantity.UnitParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code carbonledger factors list}: the tables, activity ids, units and sources available. */
@Command(name = "factors", mixinStandardHelpOptions = true, description = "Lists factor tables and activity ids.",
        subcommands = FactorsCommand.ListCommand.class)
final class FactorsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: list");
    }

    /** {@code carbonledger factors list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the factor tables (id, edition, source, licence, validity), the default chain,"
                    + " every activity id with the tables that price it and the kinds of unit they accept, and the units.")
    static final class ListCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
                description = "Output format (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
        Path output;

        @Override
        public Integer call() {
            if (!format.equals("text") && !format.equals("json")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json, not '"
                        + format + "'");
            }
            FactorRegistry registry = FactorRegistry.discover();
            String result = format.equals("json") ? json(registry) : text(registry);
            // written whole or not at all, and a failed write (a full disk, a closed pipe) is an error, not exit 0
            CommandOutput.write(spec.commandLine(), output, List.of(), w -> w.write(result));
            PrintWriter out = spec.commandLine().getOut();
            if (output == null && out.checkError()) {
                throw new FatalException("cannot write the list to standard output");
            }
            return 0;
        }

        private static List<String> tablesFor(FactorRegistry registry, ActivityType type) {
            List<String> out = new ArrayList<>();
            for (FactorTable t : registry.tables()) {
                if (t.activities().contains(type.id())) {
                    out.add(t.info().id());
                }
            }
            return out;
        }

        private static Set<String> kinds(FactorRegistry registry, ActivityType type) {
            Set<String> out = new TreeSet<>();
            for (FactorTable t : registry.tables()) {
                for (EmissionFactor f : t.factors(type.id())) {
                    out.add(f.activityKind().description());
                }
                for (Conversion c : t.conversions(type.id())) {
                    if (c.unit().mass().kind() == UnitKind.ENERGY) {
                        out.add(c.unit().activity().kind().description() + " (through " + c.unit().symbol() + ")");
                    }
                }
            }
            return out;
        }

        private static String text(FactorRegistry registry) {
            StringWriter s = new StringWriter();
            PrintWriter w = new PrintWriter(s);
            w.println("Factor tables");
            for (FactorTable t : registry.tables()) {
                TableInfo i = t.info();
                w.println("  " + i.id() + "  " + i.name() + ", edition " + i.edition());
                w.println("      publisher: " + i.publisher());
                w.println("      document: " + i.document());
                w.println("      licence: " + i.licence());
                w.println("      valid for periods: " + (i.validFrom() == null ? "any" : i.validFrom()) + " to "
                        + (i.validTo() == null ? "no end" : i.validTo()));
                w.println("      " + i.description());
            }
            w.println();
            w.println("Default chain: " + String.join(" > ", BuiltInTables.DEFAULT_CHAIN));
            w.println();
            w.println("Activity ids (scope; biogenic CO2; tables; amounts accepted; net and gross calorific values)");
            for (ActivityType type : registry.activityTypes()) {
                List<String> tables = tablesFor(registry, type);
                w.println("  " + type.id() + "  " + type.name() + "; scope " + type.scope()
                        + (type.biogenic() ? "; biogenic CO2" : "")
                        + "; " + (tables.isEmpty() ? "no built-in table yet" : String.join(", ", tables))
                        + (tables.isEmpty() ? "" : "; " + String.join(", ", kinds(registry, type)))
                        + registry.netGrossRatio(type.id()).map(r -> "; net/gross CV " + NumberText.of(r.netCalorificValue())
                                + "/" + NumberText.of(r.grossCalorificValue()) + " " + r.unit().symbol() + " ("
                                + r.source().tableId() + ")").orElse(""));
            }
            w.println();
            w.println("Units");
            UnitParser p = UnitParser.standard();
            for (var u : p.units()) {
                CalorificBasis basis = FactorQuery.conventionalBasis(u);
                w.println("  " + String.join(", ", p.spellings(u)) + "  (" + u.kind().description()
                        + (basis == null ? "" : "; " + basis + " basis unless a row states another") + ")");
            }
            w.flush();
            return s.toString();
        }

        private static String json(FactorRegistry registry) {
            StringWriter s = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(s)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeArrayFieldStart("tables");
                for (FactorTable t : registry.tables()) {
                    TableInfo i = t.info();
                    g.writeStartObject();
                    g.writeStringField("id", i.id());
                    g.writeStringField("name", i.name());
                    g.writeStringField("edition", i.edition());
                    g.writeStringField("publisher", i.publisher());
                    g.writeStringField("document", i.document());
                    g.writeStringField("licence", i.licence());
                    g.writeStringField("attribution", i.attribution());
                    g.writeStringField("valid_from", i.validFrom() == null ? null : i.validFrom().toString());
                    g.writeStringField("valid_to", i.validTo() == null ? null : i.validTo().toString());
                    g.writeStringField("description", i.description());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("default_chain");
                for (String id : BuiltInTables.DEFAULT_CHAIN) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("activities");
                for (ActivityType type : registry.activityTypes()) {
                    g.writeStartObject();
                    g.writeStringField("id", type.id().id());
                    g.writeStringField("name", type.name());
                    g.writeStringField("scope", type.scope().code());
                    g.writeBooleanField("biogenic", type.biogenic());
                    g.writeArrayFieldStart("tables");
                    for (String t : tablesFor(registry, type)) {
                        g.writeString(t);
                    }
                    g.writeEndArray();
                    g.writeArrayFieldStart("amounts");
                    for (String k : kinds(registry, type)) {
                        g.writeString(k);
                    }
                    g.writeEndArray();
                    var ratio = registry.netGrossRatio(type.id());
                    if (ratio.isPresent()) {
                        g.writeObjectFieldStart("calorific_values");
                        g.writeNumberField("net", ratio.get().netCalorificValue());
                        g.writeNumberField("gross", ratio.get().grossCalorificValue());
                        g.writeStringField("unit", ratio.get().unit().symbol());
                        g.writeStringField("table", ratio.get().source().tableId());
                        g.writeStringField("reference", ratio.get().source().reference());
                        g.writeEndObject();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("units");
                UnitParser p = UnitParser.standard();
                for (var u : p.units()) {
                    g.writeStartObject();
                    g.writeStringField("symbol", u.symbol());
                    g.writeStringField("kind", u.kind().name().toLowerCase(java.util.Locale.ROOT));
                    CalorificBasis basis = FactorQuery.conventionalBasis(u);
                    if (basis != null) {
                        g.writeStringField("basis", basis.code());
                    }
                    g.writeArrayFieldStart("aliases");
                    for (String a : p.spellings(u).subList(1, p.spellings(u).size())) {
                        g.writeString(a);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return s.toString() + "\n";
        }
    }
}
