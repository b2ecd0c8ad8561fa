// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class WriterThreadTest {

    /** Records every event as text, with the thread it came on. */
    private static final class Recording implements StreamRDF {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        private final int failAt;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        private void note(String event) {
            events.add(event);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void start() {
            note("start");
        }

        @Override
        public void triple(Triple triple) {
            if (events.size() == failAt) {
                throw new IllegalStateException("disk full");
            }
            note(triple.getSubject().getURI());
        }

        @Override
        public void quad(Quad quad) {
            note("quad " + quad.getGraph().getURI());
        }

        @Override
        public void base(String base) {
            note("base " + base);
        }

        @Override
        public void prefix(String prefix, String iri) {
            note("prefix " + prefix);
        }

        @Override
        public void finish() {
            note("finish");
        }
    }

    private static Triple triple(int i) {
        return Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                NodeFactory.createURI("urn:o"));
    }

    @Test
    void everythingArrivesInOrderOnTheWriterThreadBeforeFinishReturns() {
        Recording dest = new Recording(-1);
        WriterThread w = new WriterThread(dest);
        int n = WriterThread.BATCH * WriterThread.BATCHES * 3 + 7;
        List<String> expected = new ArrayList<>(List.of("start", "prefix ex", "base urn:b"));
        w.start();
        w.prefix("ex", "urn:ex:");
        w.base("urn:b");
        for (int i = 0; i < n; i++) {
            w.triple(triple(i));
            expected.add("urn:s" + i);
        }
        w.quad(Quad.create(NodeFactory.createURI("urn:g"), triple(0)));
        expected.add("quad urn:g");
        w.finish();
        expected.add("finish");
        assertEquals(expected, dest.events);
        assertEquals("nutrikg-writer", dest.threads.get(1), "the writer writes on its own thread");
        assertFalse(dest.threads.subList(0, dest.threads.size() - 1).contains(Thread.currentThread().getName()));
    }

    @Test
    void aFailureOfTheWriterComesBackToTheCaller() throws InterruptedException {
        Recording dest = new Recording(1500);
        WriterThread w = new WriterThread(dest);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
            w.start();
            for (int i = 0; i < WriterThread.BATCH * WriterThread.BATCHES * 4; i++) {
                w.triple(triple(i));
            }
            w.finish();
        });
        assertEquals("disk full", e.getMessage());
        assertFalse(dest.events.contains("finish"), "a failed output is not finished");
        assertTrue(dest.events.size() <= 1500);
        w.abandon();
        w.thread().join(5000);
        assertFalse(w.thread().isAlive(), "the writer thread ends once abandoned, as ExportOperation does");
    }

    @Test
    void anAbandonedWriterStopsWithoutFinishing() throws InterruptedException {
        Recording dest = new Recording(-1);
        WriterThread w = new WriterThread(dest);
        w.start();
        for (int i = 0; i < 10; i++) {
            w.triple(triple(i));
        }
        w.abandon();
        w.thread().join(5000);
        assertFalse(w.thread().isAlive(), "the writer thread ends");
        assertFalse(dest.events.contains("finish"));
        w.finish();
        assertFalse(dest.events.contains("finish"), "finish after abandon does nothing");
    }
}
