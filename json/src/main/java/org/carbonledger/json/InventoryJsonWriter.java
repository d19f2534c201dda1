package org.carbonledger.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carbonledger.CarbonLedgerVersion;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.activity.Scope;
import org.carbonledger.factor.TableInfo;
import org.carbonledger.ghg.Gas;
import org.carbonledger.intensity.Intensity;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Calculation;
import org.carbonledger.inventory.CoverageGap;
import org.carbonledger.inventory.EmissionTotals;
import org.carbonledger.inventory.FactorUse;
import org.carbonledger.inventory.InventoryResult;
import org.carbonledger.inventory.PricedFactor;
import org.carbonledger.inventory.RecordOutcome;
import org.carbonledger.inventory.ResultWriter;

/**
 * Writes the JSON of an inventory run, the document {@code carbonledger inventory} prints and that
 * {@link CarbonLedgerModule} writes for an {@link InventoryResult}: the settings and tables, the
 * records (each on one line), the rejected rows, the counts, the totals with their breakdowns and
 * scope 2 both ways, intensities, the activities not covered, and the factors applied. Masses in
 * kg. The fields are documented in the README ("The JSON result").
 *
 * <p>Streaming, for results of any size: {@link #open} writes the head, {@link #record} each row's
 * outcome as the run makes it (rejected rows wait in a temporary file, as the document lists them
 * after the records), {@link #finish} the rest from the run's result. Only writes: every number
 * comes from the result.
 *
 * <pre>{@code
 * try (InventoryJsonWriter json = InventoryJsonWriter.open(out, run.settingsOf(...))) {
 *     InventoryResult result = run.run(reader, json::record);
 *     json.finish(result);
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class InventoryJsonWriter implements ResultWriter {
    /** Doubles written by Schubfach (shortest text that reads back as the same double). */
    static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private final JsonGenerator json;
    private final RecordPrinter printer = new RecordPrinter();
    private final IdentityHashMap<FactorUse, String> keysById = new IdentityHashMap<>();
    private final Map<FactorUse, String> keys = new HashMap<>();
    private final Map<String, FactorUse> factors = new LinkedHashMap<>();
    /** Each factor's multipliers and GWPs as JSON, by the record calculation's map of them (one per priced factor). */
    private final IdentityHashMap<Map<String, Calculation.Multiplier>, SerializedString[]> fragments =
            new IdentityHashMap<>();
    /** Field names of records, encoded once. */
    private static final SerializedString N_CH4 = new SerializedString("CH4");
    private static final SerializedString N_CO2 = new SerializedString("CO2");
    private static final SerializedString N_N2O = new SerializedString("N2O");
    private static final SerializedString N_ACTIVITY = new SerializedString("activity");
    private static final SerializedString N_AMOUNT = new SerializedString("amount");
    private static final SerializedString N_BIOGENIC_CO2_KG = new SerializedString("biogenic_co2_kg");
    private static final SerializedString N_CALCULATION = new SerializedString("calculation");
    private static final SerializedString N_CANONICAL_AMOUNT = new SerializedString("canonical_amount");
    private static final SerializedString N_CANONICAL_UNIT = new SerializedString("canonical_unit");
    private static final SerializedString N_CO2E_KG = new SerializedString("co2e_kg");
    private static final SerializedString N_FACTOR = new SerializedString("factor");
    private static final SerializedString N_GASES_KG = new SerializedString("gases_kg");
    private static final SerializedString N_GWP = new SerializedString("gwp");
    private static final SerializedString N_ID = new SerializedString("id");
    private static final SerializedString N_MULTIPLIERS = new SerializedString("multipliers");
    private static final SerializedString N_PERIOD = new SerializedString("period");
    private static final SerializedString N_PROCESS = new SerializedString("process");
    private static final SerializedString N_REGION = new SerializedString("region");
    private static final SerializedString N_ROW = new SerializedString("row");
    private static final SerializedString N_SCOPE = new SerializedString("scope");
    private static final SerializedString N_SITE = new SerializedString("site");
    private static final SerializedString N_TABLE = new SerializedString("table");
    private static final SerializedString N_TAGS = new SerializedString("tags");
    private static final SerializedString N_TRACE = new SerializedString("trace");
    private static final SerializedString N_FLAGS = new SerializedString("flags");
    private static final SerializedString N_UNIT = new SerializedString("unit");
    private static final java.util.Set<Gas> MAIN = java.util.Set.of(Gas.CO2, Gas.CH4, Gas.N2O);
    private Path rejectedFile;
    private JsonGenerator rejectedJson;
    private boolean finished;

    private InventoryJsonWriter(JsonGenerator json) {
        this.json = json;
    }

    /**
     * Starts a document on a stream: writes the settings and tables and opens the records.
     *
     * @param out the stream, closed by {@link #close}
     * @param settings the run's settings
     * @return the writer
     * @throws UncheckedIOException if the stream fails
     */
    public static InventoryJsonWriter open(OutputStream out, InventoryResult.Settings settings) {
        Objects.requireNonNull(out, "out");
        try {
            JsonGenerator g = FACTORY.createGenerator(new BufferedOutputStream(out, 1 << 16), JsonEncoding.UTF8);
            InventoryJsonWriter w = new InventoryJsonWriter(g);
            w.head(settings);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the document's head on a generator (the module's serializer shares it). */
    static InventoryJsonWriter on(JsonGenerator g, InventoryResult.Settings settings) throws IOException {
        InventoryJsonWriter w = new InventoryJsonWriter(g);
        w.head(settings);
        return w;
    }

    private void head(InventoryResult.Settings s) throws IOException {
        json.setPrettyPrinter(printer);
        json.writeStartObject();
        json.writeStringField("gwp", s.gwp());
        json.writeObjectFieldStart("settings");
        json.writeStringField("gwp", s.gwp());
        json.writeStringField("gwp_source", s.gwpSource());
        json.writeArrayFieldStart("chain");
        for (String id : s.chain()) {
            json.writeString(id);
        }
        json.writeEndArray();
        json.writeBooleanField("chain_is_default", s.chainIsDefault());
        json.writeStringField("default_sector", s.defaultSector());
        json.writeStringField("masses", "kg");
        json.writeStringField("version", CarbonLedgerVersion.current());
        json.writeEndObject();
        json.writeArrayFieldStart("tables");
        for (TableInfo i : s.tables()) {
            json.writeStartObject();
            json.writeStringField("id", i.id());
            json.writeStringField("name", i.name());
            json.writeStringField("edition", i.edition());
            json.writeStringField("publisher", i.publisher());
            json.writeStringField("document", i.document());
            json.writeStringField("licence", i.licence());
            json.writeStringField("attribution", i.attribution());
            json.writeStringField("valid_from", i.validFrom() == null ? null : i.validFrom().toString());
            json.writeStringField("valid_to", i.validTo() == null ? null : i.validTo().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("records");
    }

    /**
     * Writes one row's outcome: a priced record into the records, a rejection to the rejected
     * rows (written by {@link #finish}). Rows come in the order the document lists them.
     *
     * @param o the outcome
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void record(RecordOutcome o) {
        try {
            if (o.isPriced()) {
                writeRecord(o);
            } else {
                if (rejectedJson == null) {
                    rejectedFile = Files.createTempFile("carbonledger-rejected-", ".json");
                    rejectedJson = FACTORY.createGenerator(
                            new BufferedOutputStream(Files.newOutputStream(rejectedFile), 1 << 16), JsonEncoding.UTF8);
                }
                writeRejected(rejectedJson, o.rejection(), false);
                rejectedJson.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String key(FactorUse f) {
        String k = keysById.get(f);
        if (k == null) {
            k = keys.get(f);
            if (k == null) {
                k = "F" + (factors.size() + 1);
                keys.put(f, k);
                factors.put(k, f);
            }
            keysById.put(f, k);
        }
        return k;
    }

    private void writeRecord(RecordOutcome o) throws IOException {
        ActivityResult r = o.result();
        Activity a = r.activity();
        String key = key(o.factor());
        printer.flat = true;
        json.writeStartObject();
        json.writeFieldName(N_ROW);
        json.writeNumber(o.row());
        json.writeFieldName(N_ID);
        json.writeString(a.id());
        json.writeFieldName(N_ACTIVITY);
        json.writeString(a.activity().id());
        json.writeFieldName(N_SITE);
        json.writeString(a.site());
        json.writeFieldName(N_PROCESS);
        json.writeString(a.process());
        json.writeFieldName(N_PERIOD);
        json.writeString(a.period() == null ? "" : a.period().text());
        json.writeFieldName(N_REGION);
        json.writeString(a.region().isGlobal() ? "" : a.region().id());
        json.writeFieldName(N_AMOUNT);
        json.writeNumber(a.amount());
        json.writeFieldName(N_UNIT);
        json.writeString(a.unit().symbol());
        json.writeFieldName(N_SCOPE);
        json.writeString(r.scope().code());
        json.writeFieldName(N_CO2E_KG);
        json.writeNumber(r.co2eKg());
        json.writeFieldName(N_GASES_KG);
        json.writeStartObject();
        double[] main = r.mainGasesKg();
        json.writeFieldName(N_CO2);
        json.writeNumber(main[0]);
        json.writeFieldName(N_CH4);
        json.writeNumber(main[1]);
        json.writeFieldName(N_N2O);
        json.writeNumber(main[2]);
        PricedFactor p = r.priced();
        for (int i = 0; i < p.gasCount(); i++) {
            if (!p.isBiogenic(i) && !MAIN.contains(p.gas(i))) {
                json.writeNumberField(p.key(i), r.massKg(i));
            }
        }
        json.writeEndObject();
        json.writeFieldName(N_BIOGENIC_CO2_KG);
        json.writeNumber(r.biogenicCo2Kg());
        json.writeFieldName(N_TABLE);
        json.writeString(r.factor().table().id());
        json.writeFieldName(N_FACTOR);
        json.writeString(key);
        json.writeFieldName(N_FLAGS);
        json.writeStartArray();
        for (org.carbonledger.factor.FactorFlag flag : r.priced().flags()) {
            json.writeString(flag.code());
        }
        json.writeEndArray();
        if (!a.tags().isEmpty()) {
            json.writeFieldName(N_TAGS);
            json.writeStartObject();
            for (Map.Entry<String, String> e : a.tags().entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        }
        Calculation c = r.calculation();
        json.writeFieldName(N_CALCULATION);
        json.writeStartObject();
        json.writeFieldName(N_AMOUNT);
        json.writeNumber(c.amount());
        json.writeFieldName(N_UNIT);
        json.writeString(c.unit());
        json.writeFieldName(N_CANONICAL_AMOUNT);
        json.writeNumber(c.canonicalAmount());
        json.writeFieldName(N_CANONICAL_UNIT);
        json.writeString(c.canonicalUnit());
        SerializedString[] fragments = fragments(c, key);
        json.writeFieldName(N_MULTIPLIERS);
        json.writeRawValue(fragments[0]);
        json.writeFieldName(N_GWP);
        json.writeRawValue(fragments[1]);
        json.writeEndObject();
        json.writeFieldName(N_TRACE);
        json.writeStartArray();
        for (String note : r.notes()) {
            json.writeString(note);
        }
        json.writeEndArray();
        json.writeEndObject();
        printer.flat = false;
    }

    /**
     * Gets a record's multipliers and GWPs as JSON: the same for every record its factor prices
     * (only the amounts differ), so written once per factor by a generator of the same format and
     * then copied; this halved the time of writing a record (JFR, 1M-row CLI run).
     */
    private SerializedString[] fragments(Calculation c, String key) throws IOException {
        SerializedString[] f = fragments.get(c.multipliers());
        if (f == null) {
            java.io.StringWriter m = new java.io.StringWriter();
            try (JsonGenerator g = flat(m)) {
                g.writeStartObject();
                for (Map.Entry<String, Calculation.Multiplier> e : c.multipliers().entrySet()) {
                    Calculation.Multiplier mu = e.getValue();
                    g.writeObjectFieldStart(e.getKey());
                    g.writeNumberField("value", mu.value());
                    g.writeStringField("unit", mu.unit());
                    g.writeArrayFieldStart("from");
                    for (Calculation.Term t : mu.from()) {
                        g.writeString((t.divisor() ? "÷ " : "") + t.value() + " " + t.unit() + " ["
                                + (t.anchor().isEmpty() ? t.reference() : key + "." + t.anchor()) + "]");
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            java.io.StringWriter gwp = new java.io.StringWriter();
            try (JsonGenerator g = flat(gwp)) {
                g.writeStartObject();
                for (Map.Entry<String, Double> e : c.gwp().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            // as UTF-8 bytes, encoded once (written as characters, the '÷' made the generator encode each one)
            f = new SerializedString[] {new SerializedString(m.toString()), new SerializedString(gwp.toString())};
            f[0].asUnquotedUTF8();
            f[1].asUnquotedUTF8();
            if (fragments.size() >= 65_536) {
                fragments.clear();
            }
            fragments.put(c.multipliers(), f);
        }
        return f;
    }

    private static JsonGenerator flat(java.io.Writer w) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(w);
        RecordPrinter p = new RecordPrinter();
        p.flat = true;
        g.setPrettyPrinter(p);
        return g;
    }

    private static void writeRejected(JsonGenerator g, RejectedRow r, boolean withFile) throws IOException {
        g.writeStartObject();
        if (withFile) {
            g.writeStringField("file", r.source());
        }
        g.writeNumberField("row", r.row());
        g.writeStringField("column", r.column());
        g.writeStringField("value", r.value());
        g.writeStringField("reason", r.reason());
        if (!r.problems().isEmpty()) {
            g.writeArrayFieldStart("problems");
            for (String p : r.problems()) {
                g.writeString(p);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * Writes the rest of the document from the run's result and closes it: the rejected rows, the
     * counts, the totals, intensities, coverage gaps and the factors.
     *
     * @param result the run's result
     * @throws UncheckedIOException if the stream fails
     */
    @Override
    public void finish(InventoryResult result) {
        finishWith(result, List.of());
    }

    /** Finishes the document, writing the rejections among {@code outcomes} before any spooled ones. */
    void finishWith(InventoryResult result, List<RecordOutcome> outcomes) {
        try {
            json.writeEndArray();
            json.writeArrayFieldStart("rejected");
            for (RecordOutcome o : outcomes) {
                if (!o.isPriced()) {
                    writeRejected(json, o.rejection(), false);
                }
            }
            if (rejectedJson != null) {
                rejectedJson.close();
                try (JsonParser p = FACTORY.createParser(rejectedFile.toFile())) {
                    while (p.nextToken() != null) {
                        json.copyCurrentStructure(p);
                    }
                }
            }
            for (RejectedRow r : result.productionRejected()) {
                writeRejected(json, r, true);
            }
            json.writeEndArray();
            InventoryResult.Counts n = result.counts();
            json.writeObjectFieldStart("counts");
            json.writeNumberField("rows", n.rows());
            json.writeNumberField("accepted", n.accepted());
            json.writeNumberField("rejected", n.rejected());
            json.writeNumberField("flagged", n.flagged());
            json.writeEndObject();
            totals(result);
            if (result.intensities() != null) {
                json.writeArrayFieldStart("intensities");
                for (Intensity i : result.intensities().intensities()) {
                    json.writeStartObject();
                    json.writeStringField("site", i.site());
                    json.writeStringField("process", i.process());
                    json.writeStringField("product", i.product());
                    json.writeStringField("period", i.period());
                    json.writeStringField("metric", i.metric());
                    json.writeNumberField("value", i.value());
                    json.writeStringField("unit", i.unit());
                    json.writeNumberField("numerator", i.numerator());
                    json.writeNumberField("denominator", i.denominator());
                    strings("trace", i.trace());
                    json.writeEndObject();
                }
                json.writeEndArray();
                strings("intensity_problems", result.intensities().problems());
            }
            json.writeArrayFieldStart("not_covered");
            for (CoverageGap g : result.notCovered()) {
                json.writeStartObject();
                json.writeStringField("activity", g.activity());
                json.writeStringField("region", g.region());
                json.writeNumberField("rows", g.rows());
                json.writeStringField("reason", g.reason());
                json.writeEndObject();
            }
            json.writeEndArray();
            for (FactorUse f : result.factors()) {
                key(f);
            }
            json.writeArrayFieldStart("flagged");
            for (InventoryResult.Flagged f : result.flagged()) {
                json.writeStartObject();
                json.writeStringField("flag", f.flag());
                json.writeStringField("factor", key(f.factor()));
                json.writeStringField("table", f.factor().table());
                json.writeStringField("activity", f.factor().activity());
                json.writeNumberField("records", f.records());
                json.writeStringField("note", f.note());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("factors");
            for (Map.Entry<String, FactorUse> e : factors.entrySet()) {
                factor(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
            json.flush();
            finished = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void strings(String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }

    private void totals(InventoryResult result) throws IOException {
        EmissionTotals t = result.totals();
        json.writeObjectFieldStart("totals");
        json.writeNumberField("co2e_kg", t.co2eKg());
        gases(t);
        json.writeNumberField("biogenic_co2_kg", t.biogenicCo2Kg());
        json.writeObjectFieldStart("by_scope_co2e_kg");
        for (Scope s : Scope.values()) {
            json.writeNumberField(s.code(), result.co2eKg(s));
        }
        json.writeEndObject();
        InventoryResult.Scope2 s2 = result.scope2();
        json.writeObjectFieldStart("scope2");
        json.writeNumberField("location_co2e_kg", s2.locationCo2eKg());
        json.writeNumberField("market_co2e_kg", s2.marketCo2eKg());
        json.writeStringField("market_method", s2.method());
        json.writeBooleanField("location_fallback", s2.locationFallback());
        json.writeArrayFieldStart("allocations");
        for (InventoryResult.Allocation a : s2.allocations()) {
            json.writeStartObject();
            json.writeStringField("site", a.site());
            json.writeStringField("period", a.period());
            json.writeStringField("region", a.region());
            json.writeStringField("method", a.method());
            json.writeStringField("source", a.source());
            json.writeNumberField("energy_kwh", a.energyKwh());
            json.writeNumberField("co2e_kg", a.co2eKg());
            json.writeBooleanField("flagged", a.flagged());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("unused_instruments_kwh");
        for (Map.Entry<String, Double> e : s2.unusedInstrumentsKwh().entrySet()) {
            json.writeNumberField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
        breakdown("by_site", result.bySite());
        breakdown("by_process", result.byProcess());
        breakdown("by_period", result.byPeriod());
        breakdown("by_activity", result.byActivity());
        json.writeEndObject();
    }

    private void gases(EmissionTotals t) throws IOException {
        json.writeObjectFieldStart("gases_kg");
        for (Map.Entry<Gas, Double> e : t.gasesKg().entrySet()) {
            json.writeNumberField(e.getKey().id(), e.getValue());
        }
        json.writeEndObject();
    }

    private void breakdown(String name, Map<String, EmissionTotals> totals) throws IOException {
        json.writeObjectFieldStart(name);
        for (Map.Entry<String, EmissionTotals> e : totals.entrySet()) {
            json.writeObjectFieldStart(e.getKey());
            json.writeNumberField("records", e.getValue().records());
            json.writeNumberField("co2e_kg", e.getValue().co2eKg());
            gases(e.getValue());
            json.writeNumberField("biogenic_co2_kg", e.getValue().biogenicCo2Kg());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private void factor(String key, FactorUse f) throws IOException {
        json.writeObjectFieldStart(key);
        json.writeStringField("table", f.table());
        json.writeStringField("edition", f.edition());
        json.writeStringField("document", f.document());
        json.writeStringField("activity", f.activity());
        json.writeStringField("sector", f.sector());
        json.writeStringField("basis", f.basis());
        json.writeStringField("why", f.why());
        if (!f.passedOver().isEmpty()) {
            strings("passed_over", f.passedOver());
        }
        strings("flags", f.flags());
        if (!f.gasesNotCovered().isEmpty()) {
            strings("gases_not_covered", f.gasesNotCovered());
        }
        json.writeArrayFieldStart("conversions");
        for (FactorUse.Value c : f.conversions()) {
            json.writeStartObject();
            json.writeNumberField("value", c.value());
            json.writeStringField("unit", c.unit());
            json.writeStringField("basis", c.basis());
            json.writeStringField("reference", c.reference());
            json.writeStringField("source_name", c.sourceName());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectFieldStart("gases");
        for (FactorUse.Value v : f.gases()) {
            json.writeObjectFieldStart(v.gas());
            json.writeNumberField("value", v.value());
            json.writeStringField("unit", v.unit());
            json.writeStringField("region", v.region());
            json.writeStringField("sector", v.sector());
            json.writeStringField("reference", v.reference());
            json.writeStringField("source_name", v.sourceName());
            json.writeStringField("confidence", v.confidence());
            json.writeEndObject();
        }
        json.writeEndObject();
        strings("trace", f.trace());
        json.writeEndObject();
    }

    /**
     * Closes the stream (after {@link #finish}, or to give up a document: a document not finished
     * is left incomplete, so callers write to a temporary file and deliver it only when finished)
     * and deletes the temporary file of rejected rows.
     */
    @Override
    public void close() {
        try {
            try {
                if (rejectedJson != null) {
                    rejectedJson.close();
                }
            } finally {
                if (rejectedFile != null) {
                    Files.deleteIfExists(rejectedFile);
                }
                if (finished || !json.isClosed()) {
                    json.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Jackson's default pretty printer (two spaces per level, {@code " : "}), but each record on one
     * line: while {@link #flat} is set, what is inside an object is written without line breaks or
     * indentation. A million records pretty-printed in full would be three times the bytes.
     */
    static final class RecordPrinter extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;
        private static final SerializedString COMMA = new SerializedString(", ");
        private static final SerializedString COLON = new SerializedString(": ");
        boolean flat;
        private int flatFrom = Integer.MAX_VALUE;

        RecordPrinter() {
            // arrays one value a line, like objects (Jackson's default keeps them on one line)
            _arrayIndenter = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE;
        }

        private RecordPrinter(RecordPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new RecordPrinter(this);
        }

        private boolean inside() {
            return _nesting >= flatFrom;
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            if (flat && flatFrom == Integer.MAX_VALUE) {
                flatFrom = _nesting + 1;
            }
            if (inside()) {
                g.writeRaw('{');
                ++_nesting;
                return;
            }
            super.writeStartObject(g);
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            if (!inside()) {
                super.beforeObjectEntries(g);
            }
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            if (inside()) {
                g.writeRaw(COMMA);
                return;
            }
            super.writeObjectEntrySeparator(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            if (inside()) {
                g.writeRaw(COLON);
                return;
            }
            super.writeObjectFieldValueSeparator(g);
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            if (inside()) {
                --_nesting;
                g.writeRaw('}');
                if (_nesting < flatFrom) {
                    flatFrom = Integer.MAX_VALUE;
                }
                return;
            }
            super.writeEndObject(g, nrOfEntries);
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            if (inside()) {
                g.writeRaw('[');
                ++_nesting;
                return;
            }
            super.writeStartArray(g);
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            if (!inside()) {
                super.beforeArrayValues(g);
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            if (inside()) {
                g.writeRaw(COMMA);
                return;
            }
            super.writeArrayValueSeparator(g);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (inside()) {
                --_nesting;
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, nrOfValues);
        }
    }
}
