// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.nutrikg.model.io.BundledResources;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.template.ReferenceData;

/** The bundled graph: the ontology and data packed into the jar ({@link BundledResources}), read as one graph. */
public final class BundledGraph {

    /** Folders below data/ that hold examples and raw tables, not part of the bundled graph. */
    private static final List<String> NOT_BUNDLED = List.of("examples/", "reference/");

    private BundledGraph() {
    }

    /**
     * A fresh in-memory copy of the bundled graph: the ontology, every Turtle file of data/, and the reference
     * tables of data/reference/ converted to RDF ({@link ReferenceData}). Read from the snapshot the build
     * makes of them when the jar has one.
     */
    public static Graph read() {
        return InferenceSnapshot.readAsserted().orElseGet(BundledGraph::fromSources);
    }

    /**
     * Starts reading the bundled graph, and its entailments under {@code reasoning} (NONE: none), on a thread of
     * their own, for a command about to load it: the next {@link #read} (and the next load of the entailments)
     * takes what was read ahead. Call it only once Jena has initialised ({@code JenaSystem.init()}).
     */
    public static void readAhead(Reasoning reasoning) {
        InferenceSnapshot.prefetch(reasoning);
    }

    /** The bundled graph built from its sources, without the build-time snapshot: what {@link #read} stands for. */
    public static Graph fromSources() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String resource : resources()) {
            try (InputStream in = BundledResources.open(resource)) {
                RdfFiles.parse(in, Lang.TURTLE, resource, StreamRDFLib.graph(g));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (hasReferenceData()) {
            ReferenceData.read().find().forEach(g::add);
        }
        return g;
    }

    /** Whether the jar carries the reference tables of data/reference/. */
    public static boolean hasReferenceData() {
        return BundledGraph.class.getClassLoader()
                .getResource(ReferenceData.FOLDER + "/" + ReferenceData.INTAKES) != null;
    }

    /** The classpath names of the files that make up the bundled graph, ontology first, then data sorted. */
    public static List<String> resources() {
        List<String> out = new ArrayList<>();
        out.add(BundledResources.ONTOLOGY + "/" + BundledResources.ONTOLOGY_FILE);
        for (String rel : BundledResources.list(BundledResources.DATA, ".ttl")) {
            if (NOT_BUNDLED.stream().noneMatch(rel::startsWith)) {
                out.add(BundledResources.DATA + "/" + rel);
            }
        }
        return out;
    }
}
