// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

/** Every message of converting the tables of data/reference/, in one place (docs/errors.md lists them). */
public final class ReferenceDataMessages {

    private ReferenceDataMessages() {
    }

    /** A kind of reference intake that the conversion does not know. */
    public static String unknownKind(String kind) {
        return "unknown kind '" + kind + "' (expected: AI, CDRR, RDA, UL)";
    }

    /** A sex that the conversion does not know. */
    public static String unknownSex(String sex) {
        return "unknown sex '" + sex + "' (expected: both, female, male)";
    }

    /** A superseded daily value whose current one is missing. */
    public static String supersededWithoutCurrent(String stage) {
        return "a superseded daily value needs the current one of the same nutrient and population ('" + stage
                + "') in the table";
    }

    /** A percent of the daily value from a source whose basis is not listed. */
    public static String percentWithoutBasis(String address, String basisTable) {
        return "a percent of the daily value from '" + address + "', which " + basisTable
                + " does not list: say which daily value it refers to";
    }

    /** A percent of a daily value that the daily values table lacks. */
    public static String noDailyValue(String nutrient, String population, String table) {
        return "no daily value of " + nutrient + " for '" + population + "' in " + table;
    }

    /** An amount that is neither a number nor a range. */
    public static String notAnAmount(String value) {
        return "'" + value + "' is not a number or a range such as 8.3-24";
    }

    /** A unit that the conversion does not know. */
    public static String unknownUnit(String unit, String known) {
        return "unknown unit '" + unit + "' (expected: " + known + ")";
    }

    /** A name that the lookup table beside it does not list. */
    public static String notListed(String key, String table) {
        return "'" + key + "' is not listed in data/reference/" + table;
    }

    /** Two rows for one thing. */
    public static String secondRow(String id) {
        return "a second row for " + id;
    }

    /** A lookup table without the column it needs. */
    public static String noColumn(String column) {
        return "no '" + column + "' column";
    }

    /** A key listed twice in a lookup table. */
    public static String listedTwice(String key) {
        return "'" + key + "' is listed twice";
    }
}
