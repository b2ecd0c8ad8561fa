// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.nutrikg.model.NutriKGException;

/** TDB2 stores on disk: recognising, connecting to and releasing them. */
public final class Stores {

    /** A TDB2 store keeps each generation of its data in a folder Data-NNNN. */
    private static final Pattern GENERATION = Pattern.compile("Data-\\d{4}");
    private static final Pattern HOLDER = Pattern.compile("held by process (\\d+)");

    /** What one cached node costs in the heap, roughly (a URI or literal, its id, the cache's entry). */
    private static final long NODE_BYTES = 256;

    private Stores() {
    }

    /** Whether {@code dir} is a folder that TDB2 made. */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code dir} is missing or an empty folder: somewhere a new store can be made. */
    public static boolean isFree(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Connects to the existing store {@code dir}; fails with exit code 3 when it is not one. */
    public static DatasetGraph connectExisting(Path dir) {
        if (!Files.exists(dir)) {
            throw SourceErrors.noStore(dir);
        }
        if (!isStore(dir)) {
            throw SourceErrors.notAStore(dir);
        }
        return connect(dir);
    }

    /** Connects to the store {@code dir}, making it when the folder is new or empty. */
    public static DatasetGraph connect(Path dir) {
        try {
            return DatabaseMgr.connectDatasetGraph(Location.create(dir.toAbsolutePath().toString()), params());
        } catch (DBOpEnvException | TDBException e) {
            throw translate(dir, e);
        }
    }

    /**
     * TDB2's defaults, with node caches sized to the heap. The defaults keep up to 1,000,000 decoded nodes
     * (some 300 MB): a query that reads a large store needs that much heap whatever it returns, and a
     * default-sized JVM on a small machine runs out of memory in the middle of a streamed result. Here the
     * caches take at most about a quarter of the heap (the defaults from a 4 GB heap up).
     */
    static StoreParams params() {
        StoreParams dft = StoreParams.getDftStoreParams();
        long budget = Runtime.getRuntime().maxMemory() / 4;
        int nodes = (int) Math.max(10_000, Math.min(dft.getNodeId2NodeCacheSize(), budget / NODE_BYTES));
        return StoreParamsBuilder.create(dft)
                .nodeId2NodeCacheSize(nodes)
                .node2NodeIdCacheSize(Math.min(dft.getNode2NodeIdCacheSize(), nodes))
                .build();
    }

    /** Closes the store's files and releases its lock, so that another process may open it. */
    public static void release(DatasetGraph dsg) {
        try {
            TDBInternal.expel(dsg);
        } catch (RuntimeException e) {
            // the process is about to end or the store is already released: nothing to recover
        }
    }

    /** A store failure as one line: in use by another process, or what TDB2 said. */
    public static NutriKGException translate(Path dir, RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Failed to get a lock")) {
            Matcher pid = HOLDER.matcher(m);
            return SourceErrors.storeInUse(dir, pid.find() ? pid.group(1) : null);
        }
        return SourceErrors.storeFailed(dir, e);
    }
}
