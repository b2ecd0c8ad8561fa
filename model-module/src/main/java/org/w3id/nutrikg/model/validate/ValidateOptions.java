// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to validate.
 *
 * @param bundled whether the bundled ontology and data are validated too (and give the user's files their
 *                vocabulary)
 * @param files   RDF files or folders of them, in the order given
 */
public record ValidateOptions(boolean bundled, List<Path> files) {

    public ValidateOptions {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }
}
