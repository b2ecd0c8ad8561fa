// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

    /** The bundled graph's entailments under {@code reasoning} (NONE: its asserted triples), if the jar carries them. */
    static Optional<Graph> read(Reasoning reasoning) {
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
