// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The bundled graph and its entailments, computed once when the jar is built rather than at every start:
 * the build runs {@link #main} after the resources are in place; {@link BundledGraph#read} reads the
 * asserted triples from it and {@link Graphs#load} the entailments when the bundled graph is loaded alone.
 * RDF Thrift, Jena's binary syntax, triples in the order of their N-Triples text: every command that reads the bundled graph reads it at start, and Thrift is read without
 * the tokenising and checking of a text syntax.
 */
public final class InferenceSnapshot {

    /** Classpath folder of the snapshots. */
    public static final String FOLDER = "org/w3id/nutrikg/inferred";

    private InferenceSnapshot() {
    }

    /** The classpath name of the snapshot for one reasoning level (NONE: the asserted triples). */
    static String resource(Reasoning reasoning) {
        return FOLDER + "/" + (reasoning == Reasoning.NONE ? "asserted" : reasoning.name().toLowerCase(java.util.Locale.ROOT)) + ".trdf";
    }

    /** The bundled graph's asserted triples, if the jar carries them. */
    static Optional<Graph> readAsserted() {
        return read(Reasoning.NONE);
    }

    /** Snapshots being read ahead by {@link #prefetch}, each handed out once. */
    private static final Map<Reasoning, CompletableFuture<Optional<Graph>>> AHEAD = new ConcurrentHashMap<>();

    /**
     * Starts reading the asserted triples and the entailments under {@code reasoning} on a thread of their own,
     * so that a command can parse its options and its query meanwhile; the next {@link #read} of each takes
     * the graph read ahead (once: the graphs are the caller's to change). Reading them is about a fifth of a
     * short command's time. Call it only after Jena has initialised ({@code JenaSystem.init()}): the reading
     * thread then meets no class that the calling thread is still initialising.
     */
    static void prefetch(Reasoning reasoning) {
        List<Reasoning> levels = reasoning == Reasoning.NONE ? List.of(Reasoning.NONE) : List.of(Reasoning.NONE, reasoning);
        Map<Reasoning, CompletableFuture<Optional<Graph>>> mine = new LinkedHashMap<>();
        for (Reasoning level : levels) {
            CompletableFuture<Optional<Graph>> future = new CompletableFuture<>();
            if (AHEAD.putIfAbsent(level, future) == null) {
                mine.put(level, future);
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        Thread reader = new Thread(() -> mine.forEach((level, future) -> {
            try {
                future.complete(readNow(level));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }), "nutrikg-prefetch");
        reader.setDaemon(true);
        reader.start();
    }

    /** The bundled graph's entailments under {@code reasoning} (NONE: its asserted triples), if the jar carries them. */
    static Optional<Graph> read(Reasoning reasoning) {
        CompletableFuture<Optional<Graph>> ahead = AHEAD.remove(reasoning);
        if (ahead != null) {
            try {
                return ahead.get();
            } catch (ExecutionException | RuntimeException e) {
                // read again below, where an error reaches the caller as it would have
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return readNow(reasoning);
    }

    private static Optional<Graph> readNow(Reasoning reasoning) {
        InputStream in = InferenceSnapshot.class.getClassLoader().getResourceAsStream(resource(reasoning));
        if (in == null) {
            return Optional.empty();
        }
        try (in) {
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(RDFLanguages.RDFTHRIFT).parse(g);
            return Optional.of(g);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String ntriples(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " .";
    }

    /** Writes the snapshots below the classes folder given as the only argument. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Graph asserted = BundledGraph.fromSources();
        for (Reasoning r : List.of(Reasoning.NONE, Reasoning.RDFS, Reasoning.OWL)) {
            Path file = root.resolve(resource(r));
            Files.createDirectories(file.getParent());
            Graph g = r == Reasoning.NONE ? asserted : Inference.entailments(asserted, r);
            List<Triple> sorted = g.find().toList().stream()
                    .sorted(Comparator.comparing(InferenceSnapshot::ntriples)).toList();
            try (OutputStream out = Files.newOutputStream(file)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.RDF_THRIFT);
                writer.start();
                sorted.forEach(writer::triple);
                writer.finish();
            }
        }
    }
}
