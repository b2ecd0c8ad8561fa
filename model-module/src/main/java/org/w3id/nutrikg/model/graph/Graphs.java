// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.vocab.Prefixes;

/** Loading the graph a command works on. */
public final class Graphs {

    private static final Logger LOG = LoggerFactory.getLogger(Graphs.class);

    private Graphs() {
    }

    /** Loads the graph a spec names into memory and applies its reasoning. */
    public static KnowledgeGraph load(GraphSpec spec) {
        long start = System.nanoTime();
        // every named file must exist before any is read
        List<Path> files = spec.data().stream().flatMap(p -> RdfFiles.expand(p).stream()).toList();
        Graph asserted = spec.bundled() ? BundledGraph.read() : GraphFactory.createDefaultGraph();
        for (Path file : files) {
            LOG.info("reading {}", file);
            RdfFiles.parse(file, StreamRDFLib.graph(asserted));
        }
        asserted.getPrefixMapping().setNsPrefixes(Prefixes.mapping());
        long read = System.nanoTime();
        Graph inferred = spec.data().isEmpty() && spec.bundled() && spec.reasoning() != Reasoning.NONE
                ? InferenceSnapshot.read(spec.reasoning()).orElseGet(() -> Inference.entailments(asserted, spec.reasoning()))
                : Inference.entailments(asserted, spec.reasoning());
        LOG.info("{} asserted triples read in {} ms, {} inferred ({}) in {} ms", asserted.size(),
                (read - start) / 1_000_000, inferred.size(), spec.reasoning().name().toLowerCase(),
                (System.nanoTime() - read) / 1_000_000);
        return new KnowledgeGraph(asserted, inferred, spec.reasoning());
    }
}
