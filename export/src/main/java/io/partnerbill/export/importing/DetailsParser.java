package io.partnerbill.export.importing;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.partnerbill.core.bill.BillDetailsColumn;
import io.partnerbill.export.format.DisplayText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a bill-details CSV, one at a time, with the file-level checks: the header (each
 * name once, the required columns present), each row's cell count, UTF-8 and CSV syntax. Each
 * failure is a {@link MalformedImportException} naming the file, the line and, where there is
 * one, the column.
 */
final class DetailsParser {

    /** The longest cell read; a longer one is refused rather than grown in memory. */
    static final int MAX_CELL = 1_000_000;
    private static final CsvMapper MAPPER = new CsvMapper(CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL).build()).build());
    /** The headers a file must have: the description's required columns. */
    static final List<String> REQUIRED = Arrays.stream(BillDetailsColumn.values())
            .filter(c -> c.presence() == BillDetailsColumn.Presence.REQUIRED).map(BillDetailsColumn::header).toList();

    /** The header row: names in file order and each name's cell index. */
    static final class Header {
        private final List<String> names;
        private final Map<String, Integer> index;

        Header(List<String> names, Map<String, Integer> index) {
            this.names = List.copyOf(names);
            this.index = index;
        }

        /** @return the cell index of a column, or -1 */
        int column(String name) {
            return index.getOrDefault(key(name), -1);
        }

        /** @return the header's name of a cell index */
        String name(int cell) {
            return cell < names.size() ? names.get(cell) : "";
        }

        int size() {
            return names.size();
        }
    }

    /** Receives each data row; the cells list is reused for the next row. */
    @FunctionalInterface
    interface Rows {
        void row(Header header, long lineNumber, List<String> cells);
    }

    private DetailsParser() {
    }

    static String key(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Passes every data row of a file to {@code rows}, blank lines skipped.
     *
     * @return how many rows were passed
     * @throws MalformedImportException if the file is not UTF-8, not CSV, has a bad header or a row with too many cells
     * @throws UncheckedIOException if the stream cannot be read (the message names the file)
     */
    static long parse(String source, InputStream in, Rows rows) {
        CsvInput input = new CsvInput(in);
        Header header = null;
        long count = 0;
        List<String> cells = new ArrayList<>();
        try (CsvParser p = MAPPER.getFactory().createParser(input)) {
            JsonToken t;
            while ((t = next(p, source)) != null) {
                if (t != JsonToken.START_ARRAY) {
                    continue;
                }
                long lineNumber = -1;
                cells.clear();
                while (next(p, source) != JsonToken.END_ARRAY) {
                    if (lineNumber < 0) {
                        // the row's start: the first cell's line (the array token sits at the previous row's end)
                        lineNumber = p.currentTokenLocation().getLineNr();
                    }
                    cells.add(p.getText());
                }
                if (header == null) {
                    header = header(source, cells);
                    continue;
                }
                if (cells.isEmpty() || cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (cells.size() > header.size()) {
                    throw new MalformedImportException(source, lineNumber, "", cells.get(header.size()),
                            "the row has " + cells.size() + " cells but the header has " + header.size()
                                    + " (a value with an unquoted comma?); the cell after column '"
                                    + header.name(header.size() - 1) + "' has no header");
                }
                rows.row(header, lineNumber, cells);
                count++;
            }
            if (header == null) {
                throw new MalformedImportException(source, 1, "", "", "has no header row");
            }
        } catch (JsonParseException e) {
            throw syntaxError(source, input, header, e);
        } catch (CsvInput.NotUtf8Exception e) {
            throw new MalformedImportException(source, e.line, "", "", "the file is not UTF-8: " + e.getMessage()
                    + " (save it as UTF-8)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bill-details file " + DisplayText.quote(source) + ": "
                    + e.getMessage(), e);
        }
        return count;
    }

    /** The next token; a cell past {@link #MAX_CELL} is refused on the line the parser stopped at. */
    private static JsonToken next(CsvParser p, String source) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            throw new MalformedImportException(source, p.currentLocation().getLineNr(), "", "", "a value is longer than "
                    + MAX_CELL + " characters (no cell of bill details needs that many)");
        }
    }

    private static MalformedImportException syntaxError(String source, CsvInput input, @Nullable Header header,
            JsonParseException e) {
        if (input.endedInQuote()) {
            String column = header == null ? "" : header.name(input.quoteCell());
            return new MalformedImportException(source, input.quoteLine(), column, "",
                    "a quoted value opens on this line and is never closed (the file ends inside it)");
        }
        if (input.strayQuoteLine() > 0) {
            // named by the line the quote opened on: a stray quote there is the usual cause
            String column = header == null ? "" : header.name(input.strayQuoteCell());
            long opened = input.strayQuoteOpened();
            return new MalformedImportException(source, opened, column, "", "a quoted value opens on this line and "
                    + (opened == input.strayQuoteLine() ? "closes on it" : "closes on line " + input.strayQuoteLine())
                    + ", followed by text (write a quote inside a quoted value as \"\")");
        }
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new MalformedImportException(source, line, "", "", "is not valid CSV");
    }

    private static Header header(String source, List<String> cells) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            names.add(name);
            Integer first = index.putIfAbsent(key(name), i);
            if (first != null && !name.isBlank()) {
                throw new MalformedImportException(source, 1, name, name, "column " + (i + 1)
                        + " repeats the header of column " + (first + 1) + " (each column may appear once)");
            }
        }
        for (String column : REQUIRED) {
            if (!index.containsKey(key(column))) {
                throw new MalformedImportException(source, 1, column, "", "the required column is missing from the header");
            }
        }
        return new Header(names, index);
    }
}
