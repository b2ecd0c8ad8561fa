// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * Apache Jena's TDB2 bulk loaders, the ones {@code tdb2.tdbloader --loader=...} names. They differ in how many
 * threads they keep busy at once: parsing, the node table and each of the indexes.
 */
public enum Loader {

    /** Chosen by the number of cores ({@link #choose}). */
    AUTO,
    /** Node table and primary index first, then the other indexes in parallel (tdb2.tdbloader's default). */
    PHASED,
    /** Every index at once, on its own threads: the most threads and the most memory. */
    PARALLEL,
    /** Two threads for the data, the indexes one after another. */
    LIGHT,
    /** One thread for everything: the least memory. */
    SEQUENTIAL;

    /** The loader named {@code name} (any case), as tdb2.tdbloader's --loader names it. */
    public static Optional<Loader> of(String name) {
        return Arrays.stream(values()).filter(l -> l.id().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The names of the loaders, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(Loader::id).collect(Collectors.joining(", "));
    }

    /** The name of this loader, lower-case. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The loader {@link #AUTO} stands for on a machine with {@code cores} cores; the others stand for themselves. */
    public Loader choose(int cores) {
        if (this != AUTO) {
            return this;
        }
        return cores >= 4 ? PARALLEL : PHASED;
    }

    /** Jena's loader for {@code dsg} (AUTO chosen for this machine). */
    DataLoader create(DatasetGraph dsg, MonitorOutput output) {
        return switch (choose(Runtime.getRuntime().availableProcessors())) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case LIGHT -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
            default -> LoaderFactory.phasedLoader(dsg, output);
        };
    }
}
