// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

/** Every message the template mechanism gives its user, in one place (docs/errors.md lists them). */
public final class TemplateMessages {

    /** The input file is neither .csv nor .tsv. */
    public static final String UNKNOWN_TABLE_EXTENSION = "unknown table syntax for this file extension (expected .csv or .tsv)";
    /** The table's path names nothing. */
    public static final String NO_SUCH_FILE = "no such file";
    /** The table cannot be read; the system's reason follows. */
    public static final String CANNOT_READ = "cannot read: ";
    /** The input is not UTF-8 text. */
    public static final String NOT_UTF8 = "not UTF-8 text";
    /** The file is empty. */
    public static final String NO_HEADER = "empty table: the first row must name the columns";
    /** A row has more cells than the header. */
    public static final String TOO_MANY_CELLS = "this row has %d cells but the header has %d";
    /** A quoted CSV cell never ends. */
    public static final String UNTERMINATED_QUOTE = "a quoted cell is not closed (a '\"' is missing)";
    /** Text follows the closing quote of a cell. */
    public static final String TEXT_AFTER_QUOTE = "text after the closing quote of a cell (double a '\"' inside a quoted cell)";
    /** A quote in the middle of an unquoted cell. */
    public static final String QUOTE_INSIDE_CELL = "a '\"' inside an unquoted cell (quote the whole cell and double the inner '\"')";
    /** The table has no ID column. */
    public static final String NO_ID_COLUMN = "no 'ID' column: one column must give each row's subject";
    /** Two ID columns. */
    public static final String TWO_ID_COLUMNS = "a second 'ID' column";
    /** A header cell that is neither a keyword nor a property. */
    public static final String BAD_HEADER = "column '%s' is not ID, LABEL, TYPE or a property "
            + "(write a CURIE such as nkg:amount, optionally with ^^xsd:decimal or @en; start a note column with '#')";
    /** A prefix that is not one of NutriKG's. */
    public static final String UNKNOWN_PREFIX = "unknown prefix '%s' in '%s' (known: %s; or write a full <IRI>)";
    /** A NutriKG term that the ontology does not define. */
    public static final String UNKNOWN_TERM = "'%s' is not a term of the NutriKG ontology";
    /** A datatype that Jena does not know. */
    public static final String UNKNOWN_DATATYPE = "unknown datatype '%s' in column '%s'";
    /** A row with values but no subject. */
    public static final String MISSING_ID = "this row has values but no ID";
    /** A value that should be an IRI. */
    public static final String NOT_AN_IRI = "'%s' is not an IRI or a CURIE with a known prefix (column '%s'; "
            + "for text, write the column as '%s^^xsd:string' or '%s@en')";
    /** A value that is not in the lexical space of its datatype. */
    public static final String BAD_LITERAL = "'%s' is not a valid %s (column '%s')";

    private TemplateMessages() {
    }
}
