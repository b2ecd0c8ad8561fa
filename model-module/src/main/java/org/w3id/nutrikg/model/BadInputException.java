// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model;

/**
 * Input that cannot be used: a missing file, RDF or SPARQL that does not parse. Carries where the
 * problem is (a file or "query", and a line and column when known).
 */
public class BadInputException extends NutriKGException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final long column;

    public BadInputException(String message) {
        this(null, -1, -1, message, null);
    }

    public BadInputException(String source, String message) {
        this(source, -1, -1, message, null);
    }

    public BadInputException(String source, String message, Throwable cause) {
        this(source, -1, -1, message, cause);
    }

    public BadInputException(String source, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file path or other origin of the input, or null. */
    public String source() {
        return source;
    }

    /** 1-based line, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** 1-based column, or -1 when unknown. */
    public long column() {
        return column;
    }

    /** "source:line:col: message", leaving out what is unknown. */
    public String located() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(getMessage()).toString();
    }
}
