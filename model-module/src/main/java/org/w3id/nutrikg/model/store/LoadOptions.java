// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LoadOperation} loads.
 *
 * @param bundled whether the bundled ontology and data are loaded too
 * @param files   RDF files or folders of them (any syntax Jena reads, by extension, optionally .gz)
 * @param loader  Jena's bulk loader to use ({@link Loader#AUTO}: chosen for the machine)
 */
public record LoadOptions(boolean bundled, List<Path> files, Loader loader) {

    public LoadOptions {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        Objects.requireNonNull(loader, "loader");
    }

    /** The files (and the bundled graph, if asked), with the loader chosen for the machine. */
    public LoadOptions(boolean bundled, List<Path> files) {
        this(bundled, files, Loader.AUTO);
    }
}
