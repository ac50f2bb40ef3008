package io.partnerbill.tax;

import io.partnerbill.core.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Tax rates with effective dates, keyed by region and tax name: for each key, rows that do not
 * overlap in time. {@link #builtIn()} holds the rates partnerbill ships (read from the CSV
 * resource {@code io/partnerbill/tax/rates.csv} by {@link #fromCsv(Reader)}); users replace it
 * with their own table or extend it with {@link #extendedWith(RateTable)}.
 *
 * <p>CSV form: a header {@code region,tax,from,until,rate,base_factor}, then one row per line,
 * such as {@code SG,GST,2024-01-01,,9,1}; {@code until} is exclusive and may be empty; lines
 * starting with {@code #} and blank lines are ignored. {@link #toCsv()} writes that form.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RateTable {

    private static final Comparator<RateEntry> ORDER = Comparator.comparing(RateEntry::region)
            .thenComparing(RateEntry::tax).thenComparing(RateEntry::from);

    private final List<RateEntry> entries;

    private RateTable(List<RateEntry> entries) {
        List<RateEntry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * Returns the built-in table (see {@code docs/tax.md} for its rows and sources).
     *
     * @return the built-in table, not null
     */
    public static RateTable builtIn() {
        return BuiltIn.TABLE;
    }

    /**
     * Obtains a table of rows.
     *
     * @param entries the rows, not null
     * @return the table, not null
     * @throws InvalidValueException if two rows of the same region and tax overlap in time
     */
    public static RateTable of(Collection<RateEntry> entries) {
        List<RateEntry> list = List.copyOf(Objects.requireNonNull(entries, "entries"));
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                RateEntry a = list.get(j);
                RateEntry b = list.get(i);
                if (a.region().equals(b.region()) && a.tax().equals(b.tax()) && a.overlaps(b)) {
                    throw new InvalidValueException("Rate table rows must not overlap, was '" + a + "' and '" + b + "'");
                }
            }
        }
        return new RateTable(list);
    }

    /**
     * Reads a table from CSV. Either every row is read or, on the first bad one, none.
     *
     * @param reader the CSV text, not null; not closed
     * @return the table, not null
     * @throws MalformedRateTableException naming the line, column and value that are wrong
     * @throws UncheckedIOException if the reader fails
     */
    public static RateTable fromCsv(Reader reader) {
        return new RateTable(RateCsv.read(Objects.requireNonNull(reader, "reader")));
    }

    /**
     * Reads a table from a UTF-8 CSV file.
     *
     * @param file the file, not null
     * @return the table, not null
     * @throws MalformedRateTableException naming the line, column and value that are wrong
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RateTable fromCsv(Path file) {
        Objects.requireNonNull(file, "file");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return fromCsv(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rate table '" + file + "'", e);
        }
    }

    /**
     * Returns this table with another's rows taking precedence: for every region and tax that
     * the other table has, its rows replace all of this table's rows of that region and tax.
     *
     * @param other the rows to add or replace, not null
     * @return the combined table, not null
     */
    public RateTable extendedWith(RateTable other) {
        Objects.requireNonNull(other, "other");
        Set<String> replaced = new HashSet<>();
        for (RateEntry e : other.entries) {
            replaced.add(e.region() + "," + e.tax());
        }
        List<RateEntry> combined = new ArrayList<>(other.entries);
        for (RateEntry e : entries) {
            if (!replaced.contains(e.region() + "," + e.tax())) {
                combined.add(e);
            }
        }
        return new RateTable(combined);
    }

    /** @return the rows ordered by region, tax and start date, not null */
    public List<RateEntry> entries() {
        return entries;
    }

    /** @return the regions that have rows, in code order, not null */
    public SortedSet<Country> regions() {
        TreeSet<Country> regions = new TreeSet<>();
        entries.forEach(e -> regions.add(e.region()));
        return regions;
    }

    /**
     * Returns the rows of a region in force on a day, one per tax, ordered by tax name.
     *
     * @param region the region, not null
     * @param date the day, not null
     * @return the rows, possibly empty, not null
     */
    public List<RateEntry> inForce(Country region, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        return entries.stream().filter(e -> e.region().equals(region) && e.isInForceOn(date)).toList();
    }

    /**
     * Finds the row of a region's tax in force on a day.
     *
     * @param region the region, not null
     * @param tax the tax's name, such as "GST", not null
     * @param date the day, not null
     * @return the row, or empty, not null
     */
    public Optional<RateEntry> find(Country region, String tax, LocalDate date) {
        Objects.requireNonNull(tax, "tax");
        return inForce(region, date).stream().filter(e -> e.tax().equals(tax)).findFirst();
    }

    /** @return the table as CSV with its header, which {@link #fromCsv(Reader)} reads back, not null */
    public String toCsv() {
        return RateCsv.write(entries);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RateTable o && o.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "RateTable[" + entries.size() + " rows, regions " + regions() + "]";
    }

    /** Loads the built-in table on first use. */
    private static final class BuiltIn {
        static final RateTable TABLE = load();

        private static RateTable load() {
            try (InputStream in = RateTable.class.getResourceAsStream("rates.csv")) {
                if (in == null) {
                    throw new IllegalStateException("Built-in rate table io/partnerbill/tax/rates.csv is missing");
                }
                return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in rate table", e);
            }
        }
    }
}
