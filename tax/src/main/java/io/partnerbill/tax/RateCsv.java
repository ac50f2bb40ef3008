package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the CSV form of a {@link RateTable}; every row is checked before any is kept. */
final class RateCsv {

    static final String HEADER = "region,tax,from,until,rate,base_factor";
    private static final String[] COLUMNS = HEADER.split(",");

    private RateCsv() {
    }

    static List<RateEntry> read(Reader reader) {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<RateEntry> rows = new ArrayList<>();
        Map<String, List<Numbered>> byKey = new LinkedHashMap<>();
        boolean header = false;
        int lineNo = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                if (!header) {
                    checkHeader(line, lineNo);
                    header = true;
                    continue;
                }
                RateEntry row = parseRow(line, lineNo);
                List<Numbered> same = byKey.computeIfAbsent(row.region() + "," + row.tax(), k -> new ArrayList<>());
                for (Numbered other : same) {
                    if (row.overlaps(other.entry)) {
                        throw new MalformedRateTableException(lineNo, 3, row.from().toString(),
                                "row of " + row.region() + " " + row.tax() + " overlaps line " + other.line + " ("
                                        + other.entry + ")");
                    }
                }
                same.add(new Numbered(row, lineNo));
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rate table at line " + (lineNo + 1), e);
        }
        if (!header) {
            throw new MalformedRateTableException(Math.max(1, lineNo), 1, "", "header '" + HEADER + "' is missing");
        }
        return rows;
    }

    private static void checkHeader(String line, int lineNo) {
        String[] names = line.split(",", -1);
        for (int i = 0; i < Math.max(names.length, COLUMNS.length); i++) {
            String name = i < names.length ? names[i].strip() : "";
            if (i >= COLUMNS.length || !COLUMNS[i].equalsIgnoreCase(name)) {
                throw new MalformedRateTableException(lineNo, i + 1, name, "header must be '" + HEADER + "'");
            }
        }
    }

    static RateEntry parseRow(String line, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length > COLUMNS.length) {
            throw new MalformedRateTableException(lineNo, COLUMNS.length + 1, f[COLUMNS.length].strip(),
                    "row has more than " + COLUMNS.length + " columns (" + HEADER + ")");
        }
        if (f.length < COLUMNS.length) {
            throw new MalformedRateTableException(lineNo, f.length + 1, "",
                    COLUMNS[f.length] + " is missing: a row has " + COLUMNS.length + " columns (" + HEADER + ")");
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        Country region;
        try {
            region = Country.parse(f[0]);
        } catch (InvalidValueException e) {
            throw new MalformedRateTableException(lineNo, 1, f[0], "region must be an ISO 3166-1 alpha-2 code such as 'SG'");
        }
        try {
            RateEntry.checkTaxName(f[1]);
        } catch (InvalidValueException e) {
            throw new MalformedRateTableException(lineNo, 2, f[1], "tax must be a non-blank name such as 'VAT'");
        }
        LocalDate from = date(f[2], lineNo, 3);
        Optional<LocalDate> until = f[3].isEmpty() ? Optional.empty() : Optional.of(date(f[3], lineNo, 4));
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new MalformedRateTableException(lineNo, 4, f[3], "until must be after from (" + from + ")");
        }
        BigDecimal rate;
        try {
            if (!f[4].matches("[0-9]{1,3}(\\.[0-9]{1,4})?")) {
                throw new InvalidValueException(f[4]);
            }
            rate = RateEntry.checkRate(new BigDecimal(f[4]));
        } catch (InvalidValueException e) {
            throw new MalformedRateTableException(lineNo, 5, f[4], "rate must be a percent from 0 to 100 with at most "
                    + "4 decimals, such as '9' or '7.5'");
        }
        BaseFactor factor;
        try {
            factor = BaseFactor.parse(f[5]);
        } catch (InvalidValueException e) {
            throw new MalformedRateTableException(lineNo, 6, f[5], "base_factor must be in (0, 1], such as '1' or '11/12'");
        }
        return RateEntry.of(region, f[1], from, until, rate, factor);
    }

    private static LocalDate date(String text, int lineNo, int column) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedRateTableException(lineNo, column, text, COLUMNS[column - 1]
                    + " must be a date such as '2024-01-01'");
        }
    }

    static String write(List<RateEntry> entries) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RateEntry e : entries) {
            sb.append(e).append('\n');
        }
        return sb.toString();
    }

    private record Numbered(RateEntry entry, int line) {
    }
}
