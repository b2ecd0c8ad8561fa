// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.validate;

/**
 * The finding texts of validate that are not a check's own (those are in the header of each
 * sparql/checks/*.rq file and in ontology/shapes.ttl), in one place.
 */
public final class ValidateMessages {

    private ValidateMessages() {
    }

    /** A file that does not parse, as a finding. */
    public static String fileDoesNotParse(String message) {
        return "the file does not parse: " + message + "; nothing in it was checked";
    }

    /** A reference table that cannot be converted, as a finding. */
    public static String tableCannotBeConverted(String message) {
        return "the table cannot be converted: " + message + "; nothing in it was checked";
    }
}
