// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.io.input.BoundedInputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.nutrikg.model.BadInputException;
import org.w3id.nutrikg.model.WorkFailedException;
import org.w3id.nutrikg.model.graph.BundledGraph;
import org.w3id.nutrikg.model.graph.SourceErrors;
import org.w3id.nutrikg.model.graph.Stores;
import org.w3id.nutrikg.model.io.Progress;
import org.w3id.nutrikg.model.io.Leftovers;
import org.w3id.nutrikg.model.io.RdfFiles;
import org.w3id.nutrikg.model.vocab.Prefixes;

/**
 * Bulk-loads RDF files into a TDB2 store with one of Apache Jena's bulk loaders ({@link Loader}; by default
 * the one chosen for the machine's cores). A file that does not parse stops the load before anything is
 * committed: a new store is built in a hidden folder beside its target and moved into place only when
 * complete; into an existing store, every file is parsed once first, and loading starts only when all
 * parse. After every load the store gets the statistics its query optimiser plans joins with
 * ({@link StoreStatistics}), counted over the whole store.
 */
public final class LoadOperation {

    private static final Logger LOG = LoggerFactory.getLogger(LoadOperation.class);
    /** Progress is told every this many triples. */
    private static final long TICK = 1 << 15;

    private LoadOperation() {
    }

    /** Loads the bundled graph (unless left out) and the files into {@code store}, making it if needed. */
    public static LoadResult load(Path store, LoadOptions options, Progress progress) {
        long start = System.nanoTime();
        List<Path> files = options.files().stream().flatMap(p -> RdfFiles.expand(p).stream()).toList();
        long bytes = files.stream().mapToLong(LoadOperation::size).sum();
        Counts counts;
        boolean created;
        if (Stores.isStore(store)) {
            check(files, bytes, progress);
            DatasetGraph dsg = Stores.connect(store);
            try {
                counts = bulkLoad(dsg, options, files, bytes, progress);
            } finally {
                Stores.release(dsg);
            }
            created = false;
        } else if (Stores.isFree(store)) {
            counts = loadNew(store, options, files, bytes, progress);
            created = true;
        } else if (Files.isDirectory(store)) {
            throw SourceErrors.notEmpty(store);
        } else {
            throw SourceErrors.notAStore(store);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("{} triples and {} quads loaded into {} in {} ms", counts.triples, counts.quads, store,
                elapsed.toMillis());
        return new LoadResult(counts.triples, counts.quads, created, elapsed);
    }

    /** Builds a new store beside {@code store} and moves it into place once loaded. */
    private static Counts loadNew(Path store, LoadOptions options, List<Path> files, long bytes, Progress progress) {
        Path target = store.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path staging;
        try {
            Files.createDirectories(parent);
            // hidden, named for the target and this process, with the permissions of any new folder: a load
            // that is killed leaves it, and the next load into the same place removes it
            staging = Leftovers.create(target, "loading", true);
        } catch (AccessDeniedException e) {
            throw new WorkFailedException(StoreMessages.cannotMakeStore(store, "permission denied"), e);
        } catch (IOException e) {
            throw new WorkFailedException(StoreMessages.cannotMakeStore(store, e.getMessage()), e);
        }
        boolean done = false;
        try {
            DatasetGraph dsg = Stores.connect(staging);
            Counts counts;
            try {
                counts = bulkLoad(dsg, options, files, bytes, progress);
            } finally {
                Stores.release(dsg);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            Leftovers.removeStale(target);
            return counts;
        } catch (IOException e) {
            throw new WorkFailedException(StoreMessages.cannotMakeStore(store, e.getMessage()), e);
        } finally {
            if (!done) {
                deleteTree(staging);
            }
        }
    }

    /** Parses every file without storing anything, so that a syntax error stops the load before it begins. */
    private static void check(List<Path> files, long bytes, Progress progress) {
        progress.begin("checking", bytes);
        Counting sink = new Counting(StreamRDFLib.sinkNull(), progress);
        try {
            for (Path file : files) {
                parse(file, sink);
            }
        } finally {
            progress.end();
        }
    }

    private static Counts bulkLoad(DatasetGraph dsg, LoadOptions options, List<Path> files, long bytes,
            Progress progress) {
        LOG.info("loading with Jena's {} loader", options.loader().choose(Runtime.getRuntime().availableProcessors()));
        NodeFileLength.keep(dsg);
        DataLoader loader = options.loader().create(dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
        Counting stream = new Counting(loader.stream(), progress);
        loader.startBulk();
        try {
            progress.begin("loading", bytes);
            if (options.bundled()) {
                Prefixes.map().forEach(stream::prefix);
                BundledGraph.read().find().forEachRemaining(stream::triple);
            }
            for (Path file : files) {
                parse(file, stream);
            }
            progress.end();
            progress.begin("indexing", -1);
            loader.finishBulk();
            progress.end();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        progress.begin("statistics", -1);
        long counting = System.nanoTime();
        StoreStatistics.write(dsg);
        LOG.info("statistics for the optimiser ({}) counted in {} ms", StoreStatistics.FILE,
                (System.nanoTime() - counting) / 1_000_000);
        progress.end();
        return new Counts(stream.triples, stream.quads);
    }

    /** Parses one file into {@code dest}, telling progress in bytes read across files. */
    private static void parse(Path file, Counting dest) {
        LOG.info("reading {}", file);
        Lang lang = RdfFiles.langOf(file);
        try (BoundedInputStream raw = BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).get();
                InputStream in = RdfFiles.decompressed(file, raw)) {
            dest.input(raw);
            RdfFiles.parse(in, lang, file.toString(), dest);
            dest.inputDone();
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.toString(), StoreMessages.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), -1, -1, StoreMessages.cannotRead(e.getMessage()), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished store '{}': {}", dir, e.getMessage());
        }
    }

    private record Counts(long triples, long quads) {
    }

    /** Counts what passes through and tells progress every {@link #TICK} items. */
    private static final class Counting extends StreamRDFWrapper {
        private final Progress progress;
        private long triples;
        private long quads;
        private long bytesBefore;
        private BoundedInputStream input;

        Counting(StreamRDF dest, Progress progress) {
            super(dest);
            this.progress = progress;
        }

        void input(BoundedInputStream in) {
            this.input = in;
        }

        void inputDone() {
            bytesBefore += input.getCount();
            input = null;
            tell();
        }

        @Override
        public void start() {
            // one parse per file: the loader's stream starts and finishes with the bulk load
        }

        @Override
        public void finish() {
        }

        @Override
        public void triple(Triple triple) {
            super.triple(triple);
            if ((++triples & (TICK - 1)) == 0) {
                tell();
            }
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
                return;
            }
            // the triples of every graph join the one graph, as with --data
            super.triple(quad.asTriple());
            if ((++quads & (TICK - 1)) == 0) {
                tell();
            }
        }

        private void tell() {
            progress.advance(bytesBefore + (input == null ? 0 : input.getCount()), triples + quads);
        }
    }
}
