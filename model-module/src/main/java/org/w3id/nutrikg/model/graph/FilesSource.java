// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The graph of --data files alone, without the bundled graph and without reasoning, read only when needed:
 * streaming it (export to N-Triples, Turtle ...) parses the files straight into the writer, as Jena's
 * {@code riot} does, so that memory stays flat; anything else (queries, pretty formats) loads it into memory
 * once. Streamed, a triple stated twice is written twice, as the files state it.
 */
public final class FilesSource implements GraphSource {

    private final GraphSpec spec;
    private final List<Path> files;
    private InMemorySource loaded;

    FilesSource(GraphSpec spec) {
        this.spec = spec;
        // every named file must exist before any is read
        this.files = spec.data().stream().flatMap(p -> RdfFiles.expand(p).stream()).toList();
    }

    /** Whether {@code spec} is a graph of files alone that this source can stream. */
    static boolean fits(GraphSpec spec) {
        return spec.inMemory() && !spec.bundled() && !spec.data().isEmpty() && spec.reasoning() == Reasoning.NONE;
    }

    private InMemorySource loaded() {
        if (loaded == null) {
            loaded = new InMemorySource(Graphs.load(spec), label());
        }
        return loaded;
    }

    @Override
    public QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService) {
        return loaded().query(query, params, timeout, allowService);
    }

    @Override
    public void stream(boolean withInferred, StreamRDF dest) {
        if (loaded != null) {
            loaded.stream(withInferred, dest);
            return;
        }
        dest.start();
        Prefixes.map().forEach(dest::prefix);
        StreamRDF perFile = new StreamRDFWrapper(dest) {
            @Override
            public void start() {
                // one parse per file, one output for all
            }

            @Override
            public void finish() {
            }
        };
        // blank node labels seeded by the file's place in the list: the same on every run (the streamed JSON-LD
        // writer keeps them), and apart from one file to the next
        for (int i = 0; i < files.size(); i++) {
            UUID seed = UUID.nameUUIDFromBytes(("nutrikg --data file " + i).getBytes(StandardCharsets.UTF_8));
            RdfFiles.parse(files.get(i), perFile, LabelToNode.createScopeByDocumentHash(seed));
        }
        dest.finish();
    }

    @Override
    public Graph graph(boolean withInferred) {
        return loaded().graph(withInferred);
    }

    @Override
    public boolean streams() {
        return loaded == null;
    }

    @Override
    public DatasetGraph datasetGraph() {
        return loaded().datasetGraph();
    }

    @Override
    public String label() {
        return "the --data graph";
    }

    @Override
    public void close() {
        // nothing is held open
    }
}
