// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

/** Every message of export, in one place (docs/errors.md lists them). */
public final class ExportMessages {

    /** A --context or --frame path that names nothing. */
    public static final String NO_SUCH_FILE = "no such file";

    private ExportMessages() {
    }

    /** A --context or --frame file that cannot be read. */
    public static String cannotRead(String detail) {
        return "cannot read: " + detail;
    }

    /** A --context or --frame file that is not JSON. */
    public static String notJson(String detail) {
        return "not a JSON document: " + detail;
    }

    /** Where a refused --context or --frame comes from: "JSON-LD context" or "JSON-LD frame". */
    public static String jsonLdSource(boolean frame) {
        return "JSON-LD " + (frame ? "frame" : "context");
    }

    /** JSON-LD output failed, with the reason. */
    public static String cannotWriteJsonLd(String detail) {
        return "cannot write JSON-LD: " + detail;
    }
}
