// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.util.List;
import java.util.Objects;

/**
 * A table read from a CSV or TSV file: its header row and its data rows, each with the line of the file
 * it starts on, so that errors can name the row and the column.
 *
 * @param source what messages call the table (its path)
 * @param header the cells of the header row
 * @param rows   the data rows, in file order
 */
public record TemplateTable(String source, Row header, List<Row> rows) {

    public TemplateTable {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(header, "header");
        rows = List.copyOf(rows);
    }

    /**
     * One row of a table.
     *
     * @param line  the 1-based line of the file the row starts on
     * @param cells the cells, as written (quotes removed)
     */
    public record Row(long line, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a 0-based index, or "" when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }

        /** Whether every cell is empty or blank. */
        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The 0-based index of the header cell with that exact text, or -1. */
    public int column(String name) {
        return header.cells().indexOf(name);
    }
}
