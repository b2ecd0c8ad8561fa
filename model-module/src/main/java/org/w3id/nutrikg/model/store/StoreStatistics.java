// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.nutrikg.model.WorkFailedException;

/**
 * The statistics TDB2's query optimiser plans joins with: how many triples each predicate has, how many
 * members each class has, and the total, in the file {@code stats.opt} of the store's current data folder
 * ({@code Data-NNNN}), the form {@code tdb2.tdbstats} writes. TDB2 reads the file when it opens the store:
 * with it, the triple patterns of a query are ordered by their estimated size ("weighted"); without it, by
 * their shape alone ("fixed": constants first, {@code rdf:type} late, ties kept in the order written).
 */
public final class StoreStatistics {

    /** The file name TDB2 looks for in a data folder. */
    public static final String FILE = "stats.opt";

    private StoreStatistics() {
    }

    /**
     * Counts the default graph of {@code dsg} (a TDB2 store, not in a transaction) in a read transaction, as
     * {@code tdb2.tdbstats} does, and writes {@link #FILE} into its data folder, replacing any older one
     * whole (a reader never sees half a file).
     *
     * @return the file written
     */
    public static Path write(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        StatsResults results = Txn.calculateRead(tdb, () -> count(tdb));
        Path folder = Path.of(tdb.getLocation().getDirectoryPath());
        Path file = folder.resolve(FILE);
        Path part = folder.resolve(FILE + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                Stats.write(out, results);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new WorkFailedException("cannot write the statistics of the store: " + e.getMessage(), e);
        }
        return file;
    }

    /** One pass over the triple table's primary index, in node ids: no node is decoded but the counted ones. */
    private static StatsResults count(DatasetGraphTDB tdb) {
        NodeTupleTable triples = tdb.getTripleTable().getNodeTupleTable();
        StatsCollectorNodeId collector = new StatsCollectorNodeId(triples.getNodeTable());
        Iterator<Tuple<NodeId>> all = triples.findAll();
        while (all.hasNext()) {
            Tuple<NodeId> t = all.next();
            collector.record(null, t.get(0), t.get(1), t.get(2));
        }
        return collector.results();
    }
}
