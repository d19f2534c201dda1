package org.carbonledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.carbonledger.activity.RejectedRow;
import org.carbonledger.intensity.IntensityCalculator;
import org.carbonledger.inventory.ActivityResult;
import org.carbonledger.inventory.Inventory;
import org.carbonledger.inventory.MarketBasedScope2;
import org.junit.jupiter.api.Test;

/** The writer thread keeps the calls' order, hands back the writer's failures and never hangs. */
class WriterThreadTest {
    /** Notes each call, with the thread that made it; fails at a given record if asked. */
    private static final class Notes implements InventoryCommand.InventoryWriter {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<Thread> prepareThreads = Collections.synchronizedList(new ArrayList<>());
        volatile Thread recordThread;
        volatile Thread finishThread;
        volatile boolean closed;
        final long failAt;

        Notes(long failAt) {
            this.failAt = failAt;
        }

        @Override
        public Object prepare(ActivityResult r) {
            prepareThreads.add(Thread.currentThread());
            return "p" + calls.size();
        }

        @Override
        public void record(long row, ActivityResult r, Object prepared) {
            if (row == failAt) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
            recordThread = Thread.currentThread();
            calls.add("record " + row);
        }

        @Override
        public void rejected(RejectedRow r, InventoryCommand.RowText row) {
            calls.add("rejected " + r.row());
        }

        @Override
        public void intensities(IntensityCalculator.Result result, List<RejectedRow> rejectedProduction) {
            calls.add("intensities");
        }

        @Override
        public void finish(Inventory inventory, MarketBasedScope2.Result market, long rows, long rejected) {
            finishThread = Thread.currentThread();
            calls.add("finish " + rows);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static RejectedRow rejection(long row) {
        return new RejectedRow("a.csv", row, "amount", "x", "not a number", List.of());
    }

    @Test
    void callsReachTheWriterInOrder_recordsPreparedOnTheCallersThread() {
        Notes notes = new Notes(-1);
        List<String> expected = new ArrayList<>();
        try (WriterThread w = new WriterThread(notes)) {
            for (long row = 2; row < 20_000; row++) {
                if (row % 97 == 0) {
                    w.rejected(rejection(row), null);
                    expected.add("rejected " + row);
                } else {
                    w.record(row, null);
                    expected.add("record " + row);
                }
            }
            w.intensities(null, List.of());
            expected.add("intensities");
            w.finish(new Inventory(), null, 19_998, 0);
            expected.add("finish 19998");
        }
        assertEquals(expected, notes.calls);
        assertTrue(notes.closed);
        assertTrue(notes.prepareThreads.stream().allMatch(t -> t == Thread.currentThread()));
        assertNotEquals(Thread.currentThread(), notes.recordThread);
        assertSame(Thread.currentThread(), notes.finishThread);
    }

    @Test
    void aFailureOfTheWriterReachesTheCaller_withoutHanging() {
        Notes notes = new Notes(5_000);
        WriterThread w = new WriterThread(notes);
        // far more calls than the queue holds: the caller must not wait forever on a stopped writer
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            for (long row = 2; row < 200_000; row++) {
                w.record(row, null);
            }
            w.finish(new Inventory(), null, 0, 0);
        });
        assertEquals("disk full", e.getCause().getMessage());
        w.close();
        assertTrue(notes.closed);
        assertFalse(w.running());
        assertTrue(notes.calls.size() < 5_000, "no call after the failure is made");
    }

    @Test
    void closingBeforeFinish_stopsTheThreadAndClosesTheWriter() {
        Notes notes = new Notes(-1);
        WriterThread w = new WriterThread(notes);
        for (long row = 2; row < 50_000; row++) {
            w.record(row, null);
        }
        w.close();
        assertTrue(notes.closed);
        assertFalse(w.running());
        assertTrue(notes.calls.stream().noneMatch(c -> c.startsWith("finish")));
    }

    /** A failure among the last calls, handed over by finish itself: finish throws and the thread ends. */
    @Test
    void aFailureAmongTheLastCalls_reachesFinish_andTheThreadEnds() {
        Notes notes = new Notes(3 * WriterThread.CHUNK + 5);
        WriterThread w = new WriterThread(notes);
        for (long row = 2; row < 3 * WriterThread.CHUNK + 10; row++) {
            w.record(row, null);
        }
        assertThrows(UncheckedIOException.class, () -> w.finish(new Inventory(), null, 0, 0));
        assertFalse(w.running());
        w.close();
        assertTrue(notes.closed);
        assertTrue(notes.calls.stream().noneMatch(c -> c.startsWith("finish")));
    }
}
