// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.io;

import java.nio.file.Path;

/**
 * The messages of reading input files and writing outputs, in one place (docs/errors.md lists them). The
 * rewordings of the parsers' own messages (Jena's, Titanium's, the JSON tokenizer's) stay beside the regular
 * expressions that read them, in RdfFiles and JsonSyntax; the bad-input corpus pins both.
 */
public final class IoMessages {

    // Reading

    /** A --data, validate or load path that names nothing. */
    public static final String NO_SUCH_FILE_OR_FOLDER = "no such file or folder";
    /** A file path that names nothing. */
    public static final String NO_SUCH_FILE = "no such file";
    /** A file without an RDF extension, named directly. */
    public static final String UNKNOWN_RDF_EXTENSION =
            "unknown RDF syntax for this file extension (expected .ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)";
    /** A file without an RDF extension, where a folder was expected to be read. */
    public static final String UNKNOWN_RDF_SYNTAX = "unknown RDF syntax for this file extension";
    /** A folder where a file was expected. */
    public static final String FOLDER_NOT_FILE = "a folder, not a file";
    /** An unreadable file. */
    public static final String PERMISSION_DENIED = "cannot read: permission denied";
    /** Lists, blank nodes or JSON arrays nested too deep for the parser. */
    public static final String NESTED_TOO_DEEPLY =
            "nested too deeply to read (brackets or lists inside one another thousands of levels down)";
    /** A string literal that the line ends inside. */
    public static final String UNCLOSED_STRING = "a quoted string is not closed before the end of the line";
    /** An empty .jsonld file. */
    public static final String EMPTY_JSON = "empty file: a JSON-LD document is a JSON object or array";
    /** UTF-8 cut off at the end of the file. */
    public static final String UTF8_ENDS_INSIDE = "not UTF-8: the file ends inside a character";

    // Writing

    /** The temporary file or folder could not be made or moved for lack of permission. */
    public static final String DENIED = "permission denied";

    private IoMessages() {
    }

    /** A file that cannot be read, with the system's reason. */
    public static String cannotRead(String detail) {
        return "cannot read: " + detail;
    }

    /** An RDF/XML prolog past the size NutriKG reads to check it. */
    public static String prologTooLong(int megabytes) {
        return "the XML prolog is longer than " + megabytes + " MB";
    }

    /** A JSON-LD @id that is not an IRI (the JSON-LD algorithms would drop it). */
    public static String droppedNotAnIri(String what) {
        return what + " (JSON-LD drops what is not an IRI)";
    }

    /** A compact IRI in JSON-LD whose prefix the @context does not define. */
    public static String undefinedJsonLdPrefix(String prefix, String iri) {
        return "undefined prefix '" + prefix + "' in '" + iri + "': define it in the @context (JSON-LD would read it as "
                + "an IRI with scheme '" + prefix + ":')";
    }

    /** An external XML entity; it is never read. */
    public static String externalEntity(String entity, String systemId) {
        return "external entity '" + entity + "' ('" + systemId
                + "') is refused: RDF/XML input may not refer to other files or URLs";
    }

    /** A two-byte sequence that is not UTF-8 (often Latin-1). */
    public static String notUtf8Pair(int lead, int next) {
        return String.format("not UTF-8: byte 0x%02X then 0x%02X is no character (Latin-1? save the file as UTF-8)", lead,
                next);
    }

    /** A byte that UTF-8 does not allow where it stands; {@code hint} is empty or starts with a space. */
    public static String notUtf8Byte(int b, String hint) {
        return String.format("not UTF-8: byte 0x%02X cannot appear here%s", b, hint);
    }

    /** JSON that the JSON reader refuses, with its reason. */
    public static String notJson(String detail) {
        return "not JSON: " + detail;
    }

    /** An output path that cannot be written, with the reason. */
    public static String cannotWrite(Path target, String reason) {
        return "cannot write '" + target + "': " + reason;
    }

    /** An output file named as a folder. */
    public static String isAFolder(Path target) {
        return cannotWrite(target, "it is a folder");
    }

    /** An output folder named as a file. */
    public static String isAFile(Path target) {
        return cannotWrite(target, "it is a file, not a folder");
    }

    /** An output whose parent is a file. */
    public static String parentIsAFile(Path target, Path parent) {
        return cannotWrite(target, "'" + parent + "' is a file, not a folder");
    }

    /** An output whose parent folder is missing. */
    public static String parentMissing(Path target, Path parent) {
        return cannotWrite(target, "folder '" + (parent == null ? "" : parent) + "' does not exist");
    }

    /** A docs folder that holds files docs did not write. */
    public static String foreignFolder(Path target) {
        return cannotWrite(target, "the folder is not empty and was not written by nutrikg docs; choose a new or empty folder");
    }
}
