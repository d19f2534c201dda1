package org.carbonledger.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.carbonledger.activity.Activity;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Calculation;
import org.carbonledger.inventory.InventoryAccumulator;
import org.carbonledger.inventory.RecordOutcome;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What the pricing of a partition gives, as rows of one schema: a kind column tells the
 * partition's accumulator (its exact partial result, serialized), a rejected row, and a priced
 * record apart. The columns of {@link #REJECTED} and {@link #RECORDS} are what the public
 * Datasets show.
 */
final class Outcomes {
    static final byte ACCUMULATOR = 0;
    static final byte REJECTION = 1;
    static final byte RECORD = 2;

    /** The rejected rows' columns: the row's identity, its id as read, and the rejection. */
    static final StructType REJECTED = new StructType(new StructField[] {
        field("source", DataTypes.StringType), field("row", DataTypes.LongType), field("id", DataTypes.StringType),
        field("column", DataTypes.StringType), field("value", DataTypes.StringType),
        field("reason", DataTypes.StringType), field("problems", DataTypes.createArrayType(DataTypes.StringType))});

    /** The priced records' columns: identity, the record as read, the factor, the calculation and the masses. */
    static final StructType RECORDS = new StructType(new StructField[] {
        field("source", DataTypes.StringType), field("row", DataTypes.LongType), field("id", DataTypes.StringType),
        field("site", DataTypes.StringType), field("process", DataTypes.StringType),
        field("period", DataTypes.StringType), field("activity", DataTypes.StringType),
        field("amount", DataTypes.DoubleType), field("unit", DataTypes.StringType),
        field("region", DataTypes.StringType), field("sector", DataTypes.StringType),
        field("scope", DataTypes.StringType), field("basis", DataTypes.StringType),
        field("table", DataTypes.StringType), field("edition", DataTypes.StringType),
        field("canonical_amount", DataTypes.DoubleType), field("canonical_unit", DataTypes.StringType),
        field("multipliers", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType)),
        field("gwp", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType)),
        field("co2_kg", DataTypes.DoubleType), field("ch4_kg", DataTypes.DoubleType),
        field("n2o_kg", DataTypes.DoubleType), field("biogenic_co2_kg", DataTypes.DoubleType),
        field("co2e_kg", DataTypes.DoubleType),
        field("tags", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType))});

    /** kind, accumulator, then the rejected rows' columns (from source on) and the records' (from site on). */
    static final StructType SCHEMA;

    static {
        StructType s = new StructType().add("kind", DataTypes.ByteType, false).add("accumulator", DataTypes.BinaryType);
        for (StructField f : REJECTED.fields()) {
            s = s.add(f);
        }
        for (StructField f : RECORDS.fields()) {
            if (REJECTED.getFieldIndex(f.name()).isEmpty()) {
                s = s.add(f);
            }
        }
        SCHEMA = s;
    }

    private Outcomes() {
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row accumulator(InventoryAccumulator acc) {
        Object[] v = new Object[SCHEMA.size()];
        v[0] = ACCUMULATOR;
        v[1] = serialize(acc);
        return RowFactory.create(v);
    }

    static Row rejection(RowsAsCsv.Identity at, RecordOutcome o) {
        RejectedRow r = o.rejection();
        Object[] v = new Object[SCHEMA.size()];
        v[0] = REJECTION;
        v[2] = at.source();
        v[3] = at.row();
        v[4] = o.fields().getOrDefault("id", "");
        v[5] = r.column();
        v[6] = r.value();
        v[7] = r.reason();
        v[8] = r.problems().toArray(new String[0]);
        return RowFactory.create(v);
    }

    static Row record(RowsAsCsv.Identity at, RecordOutcome o) {
        ActivityResult r = o.result();
        Activity a = r.activity();
        Calculation c = r.calculation();
        double[] main = r.mainGasesKg();
        Map<String, Double> multipliers = new LinkedHashMap<>();
        c.multipliers().forEach((gas, m) -> multipliers.put(gas, m.value()));
        Object[] v = new Object[SCHEMA.size()];
        v[0] = RECORD;
        int i = 2;
        v[i++] = at.source();
        v[i++] = at.row();
        v[i++] = a.id();
        i = 2 + REJECTED.size();
        v[i++] = a.site();
        v[i++] = a.process();
        v[i++] = a.period() == null ? "" : a.period().text();
        v[i++] = a.activity().id();
        v[i++] = a.amount();
        v[i++] = a.unit().symbol();
        v[i++] = a.region().isGlobal() ? "" : a.region().id();
        v[i++] = a.sector() == null ? "" : a.sector().code();
        v[i++] = r.scope().code();
        v[i++] = a.basis() == null ? "" : a.basis().code();
        v[i++] = o.factor().table();
        v[i++] = o.factor().edition();
        v[i++] = c.canonicalAmount();
        v[i++] = c.canonicalUnit();
        v[i++] = CollectionConverters.asScala(multipliers);
        v[i++] = CollectionConverters.asScala(new LinkedHashMap<>(c.gwp()));
        v[i++] = main[0];
        v[i++] = main[1];
        v[i++] = main[2];
        v[i++] = r.biogenicCo2Kg();
        v[i++] = r.co2eKg();
        v[i] = CollectionConverters.asScala(new LinkedHashMap<>(a.tags()));
        return RowFactory.create(v);
    }

    /** The rejection a row of {@link #REJECTED}'s columns holds. */
    static RejectedRow rejectedRow(Row r) {
        java.util.List<String> problems = r.isNullAt(6) ? java.util.List.of() : r.getList(6);
        return new RejectedRow(r.getString(0), r.getLong(1), r.getString(3), r.getString(4), r.getString(5),
                problems);
    }

    static byte[] serialize(InventoryAccumulator acc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static InventoryAccumulator deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (InventoryAccumulator) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("an accumulator of another version of carbonledger-core: " + e.getMessage(),
                    e);
        }
    }
}
