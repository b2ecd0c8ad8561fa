// SPDX-License-Identifier: Apache-2.0
package org.w3id.nutrikg.model.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.w3id.nutrikg.model.BadInputException;

/**
 * Reads CSV (RFC 4180: comma-separated, cells quoted with '"' and inner quotes doubled, line breaks allowed
 * inside quotes) and TSV (tab-separated, no quoting) files into {@link TemplateTable}s. The first row is
 * the header. Lines are counted as in the file, so a message can point at the row an editor shows.
 */
public final class Tables {

    private Tables() {
    }

    /** Reads a .csv or .tsv file; the syntax comes from the extension. */
    public static TemplateTable read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean tsv;
        if (lower.endsWith(".csv")) {
            tsv = false;
        } else if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
            tsv = true;
        } else {
            throw new BadInputException(path.toString(), TemplateMessages.UNKNOWN_TABLE_EXTENSION);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString(), tsv);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path.toString(), TemplateMessages.NO_SUCH_FILE);
        } catch (IOException e) {
            throw new BadInputException(path.toString(), TemplateMessages.CANNOT_READ + e.getMessage(), e);
        }
    }

    /** Reads a table from a stream of UTF-8 text; {@code source} is what messages call it. */
    public static TemplateTable read(InputStream in, String source, boolean tsv) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, TemplateMessages.NOT_UTF8);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<TemplateTable.Row> rows = tsv ? splitTsv(text) : splitCsv(text, source);
        if (rows.isEmpty()) {
            throw new BadInputException(source, TemplateMessages.NO_HEADER);
        }
        TemplateTable.Row header = rows.get(0);
        List<TemplateTable.Row> data = new ArrayList<>();
        for (TemplateTable.Row r : rows.subList(1, rows.size())) {
            if (r.cells().size() > header.cells().size()
                    && r.cells().subList(header.cells().size(), r.cells().size()).stream().anyMatch(c -> !c.isBlank())) {
                throw new BadInputException(source, r.line(), header.cells().size() + 1,
                        String.format(TemplateMessages.TOO_MANY_CELLS, r.cells().size(), header.cells().size()), null);
            }
            if (!r.isBlank()) {
                data.add(r);
            }
        }
        return new TemplateTable(source, header, data);
    }

    private static List<TemplateTable.Row> splitTsv(String text) {
        List<TemplateTable.Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            rows.add(new TemplateTable.Row(i + 1, List.of(lines[i].split("\t", -1))));
        }
        return rows;
    }

    private static List<TemplateTable.Row> splitCsv(String text, String source) {
        List<TemplateTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        long line = 1;
        long rowLine = 1;
        int i = 0;
        int n = text.length();
        boolean atCellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (atCellStart && c == '"') {
                long quoteLine = line;
                int cellNumber = cells.size() + 1;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new BadInputException(source, quoteLine, cellNumber, TemplateMessages.UNTERMINATED_QUOTE, null);
                    }
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            cell.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    cell.append(q);
                    i++;
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    throw new BadInputException(source, line, cellNumber, TemplateMessages.TEXT_AFTER_QUOTE, null);
                }
                atCellStart = false;
                continue;
            }
            if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                atCellStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new TemplateTable.Row(rowLine, cells));
                cells = new ArrayList<>();
                atCellStart = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                rowLine = line;
            } else {
                if (c == '"') {
                    throw new BadInputException(source, line, cells.size() + 1, TemplateMessages.QUOTE_INSIDE_CELL, null);
                }
                cell.append(c);
                atCellStart = false;
                i++;
            }
        }
        if (!cells.isEmpty() || cell.length() > 0 || !atCellStart) {
            cells.add(cell.toString());
            rows.add(new TemplateTable.Row(rowLine, cells));
        }
        return rows;
    }
}
