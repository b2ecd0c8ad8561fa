// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.w3id.nutrikg.model.WorkFailedException;

/**
 * A stream that hands what it receives, in order and in small batches, to a writer running on a thread of its
 * own: the calling thread parses (or reads a store) while the other formats and writes, two cores at work
 * instead of one. At most {@link #BATCHES} batches of {@link #BATCH} items wait between the two, so memory
 * stays flat. {@link #finish} returns once everything is written; a failure of the writer comes back to the
 * calling thread, at the next hand-over or at {@link #finish}. A caller that fails half way calls
 * {@link #abandon}.
 */
final class WriterThread implements StreamRDF {

    /** Items per hand-over. */
    static final int BATCH = 1024;
    /** Hand-overs that may wait: with {@link #BATCH}, a few thousand triples in flight. */
    static final int BATCHES = 4;

    private static final List<Object> END = List.of();
    private static final Object START = new Object();

    private record Prefix(String prefix, String iri) {
    }

    private record Base(String base) {
    }

    private final StreamRDF dest;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(BATCHES);
    private final Thread thread;
    private List<Object> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private boolean ended;

    WriterThread(StreamRDF dest) {
        this.dest = dest;
        this.thread = new Thread(this::run, "nutrikg-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        try {
            while (true) {
                List<Object> items = queue.take();
                if (items == END) {
                    return;
                }
                if (failure != null) {
                    continue; // drained, not written, until the end comes
                }
                try {
                    for (Object item : items) {
                        send(item);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void send(Object item) {
        if (item instanceof Triple t) {
            dest.triple(t);
        } else if (item instanceof Quad q) {
            dest.quad(q);
        } else if (item instanceof Prefix p) {
            dest.prefix(p.prefix(), p.iri());
        } else if (item instanceof Base b) {
            dest.base(b.base());
        } else if (item == START) {
            dest.start();
        }
    }

    private void add(Object item) {
        batch.add(item);
        if (batch.size() == BATCH) {
            handOver();
        }
    }

    private void handOver() {
        rethrow();
        put(batch);
        batch = new ArrayList<>(BATCH);
    }

    private void put(List<Object> items) {
        try {
            queue.put(items);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new WorkFailedException("interrupted while writing", e);
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    @Override
    public void start() {
        add(START);
    }

    @Override
    public void triple(Triple triple) {
        add(triple);
    }

    @Override
    public void quad(Quad quad) {
        add(quad);
    }

    @Override
    public void base(String base) {
        add(new Base(base));
    }

    @Override
    public void prefix(String prefix, String iri) {
        add(new Prefix(prefix, iri));
    }

    /** Hands over what is left, waits for the writer to write it and finish, and says whether it failed. */
    @Override
    public void finish() {
        if (ended) {
            return;
        }
        rethrow();
        put(batch);
        batch = new ArrayList<>(0);
        ended = true;
        put(END);
        join();
        rethrow();
        dest.finish();
    }

    /** Stops the writer without finishing its output: what the caller was reading failed. */
    void abandon() {
        if (ended) {
            return;
        }
        ended = true;
        failure = failure != null ? failure : new WorkFailedException("abandoned");
        queue.clear();
        queue.offer(END);
        thread.interrupt();
    }

    /** The writer's thread (for tests). */
    Thread thread() {
        return thread;
    }

    private void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkFailedException("interrupted while writing", e);
        }
    }
}
