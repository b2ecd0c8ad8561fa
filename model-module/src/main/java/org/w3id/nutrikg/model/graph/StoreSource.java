// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * The default graph of a TDB2 store on disk, read inside one read transaction that begins at first use and
 * ends at {@link #close}: a command sees one consistent version of the store however long it runs, and
 * writes nothing. NutriKG's own load puts every triple in the default graph; named graphs that another
 * tool put in the store are reachable from queries with GRAPH.
 */
public final class StoreSource implements GraphSource {

    private final Path dir;
    private final DatasetGraph dsg;
    private boolean reading;
    private boolean closed;

    private StoreSource(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens the existing store {@code dir}; a missing folder or one that is not a TDB2 store exits 3. */
    public static StoreSource open(Path dir) {
        return new StoreSource(dir, Stores.connectExisting(dir));
    }

    private void read() {
        if (closed) {
            throw new IllegalStateException("store source is closed");
        }
        if (!reading) {
            try {
                dsg.begin(ReadWrite.READ);
            } catch (RuntimeException e) {
                throw Stores.translate(dir, e);
            }
            reading = true;
        }
    }

    @Override
    public QueryExecution query(Query query, Map<String, RDFNode> params, Duration timeout, boolean allowService) {
        read();
        return LocalQueries.build(DatasetFactory.wrap(dsg), query, params, timeout, allowService);
    }

    @Override
    public void stream(boolean withInferred, StreamRDF dest) {
        read();
        dest.start();
        Prefixes.map().forEach(dest::prefix);
        dsg.prefixes().forEach((prefix, uri) -> {
            if (!Prefixes.map().containsKey(prefix)) {
                dest.prefix(prefix, uri);
            }
        });
        dsg.getDefaultGraph().find().forEachRemaining(dest::triple);
        dest.finish();
    }

    @Override
    public Graph graph(boolean withInferred) {
        read();
        Graph copy = GraphFactory.createDefaultGraph();
        dsg.getDefaultGraph().find().forEachRemaining(copy::add);
        return copy;
    }

    @Override
    public boolean streams() {
        return true;
    }

    @Override
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The store folder. */
    public Path dir() {
        return dir;
    }

    @Override
    public String label() {
        return "store '" + dir + "'";
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (reading) {
            reading = false;
            dsg.end();
        }
        Stores.release(dsg);
    }
}
