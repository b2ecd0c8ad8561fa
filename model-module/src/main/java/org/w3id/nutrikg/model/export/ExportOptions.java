// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.export;

import java.nio.file.Path;
import java.util.Objects;
import org.w3id.nutrikg.model.io.ExportFormat;

/**
 * What {@link ExportOperation} writes.
 *
 * @param format   the RDF syntax
 * @param inferred whether entailments are written too
 * @param context  a JSON-LD context file to compact with instead of NutriKG's, or null
 * @param frame    a JSON-LD 1.1 frame file to apply, or null
 */
public record ExportOptions(ExportFormat format, boolean inferred, Path context, Path frame) {

    public ExportOptions {
        Objects.requireNonNull(format, "format");
    }

    /** Turtle, asserted triples only. */
    public static ExportOptions defaults() {
        return new ExportOptions(ExportFormat.TURTLE, false, null, null);
    }
}
