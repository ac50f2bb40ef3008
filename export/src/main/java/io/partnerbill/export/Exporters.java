package io.partnerbill.export;

import io.partnerbill.core.InvalidValueException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The exporters a service offers, by format name, registered explicitly:
 *
 * <pre>{@code
 * Exporters exporters = Exporters.builder()
 *         .register(Exporter.csv(true))
 *         .register(Exporter.json())
 *         .register(myPdfExporter)
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Exporters {

    private final Map<String, Exporter> byFormat;

    private Exporters(Map<String, Exporter> byFormat) {
        this.byFormat = byFormat;
    }

    /**
     * Returns the built-in formats: csv (no byte order mark), json, xlsx and html.
     *
     * @return the registry, not null
     */
    public static Exporters standard() {
        return builder().register(Exporter.csv()).register(Exporter.json()).register(Exporter.xlsx())
                .register(Exporter.html()).build();
    }

    /**
     * Starts an empty registry.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the exporter of a format.
     *
     * @param format the format name, case-insensitive, not null
     * @return the exporter, not null
     * @throws InvalidValueException if no exporter has that format
     */
    public Exporter get(String format) {
        Objects.requireNonNull(format, "format");
        Exporter exporter = byFormat.get(format.toLowerCase(Locale.ROOT));
        if (exporter == null) {
            throw new InvalidValueException("Unknown export format '" + format + "', registered: " + formats());
        }
        return exporter;
    }

    /** @return the registered format names, in registration order, not null */
    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }

    @Override
    public String toString() {
        return "Exporters" + formats();
    }

    /** Builds {@link Exporters}. */
    public static final class Builder {
        private final Map<String, Exporter> byFormat = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers an exporter under its {@link Exporter#format()}.
         *
         * @param exporter the exporter, not null
         * @return this builder
         * @throws InvalidValueException if the format is blank or already registered
         */
        public Builder register(Exporter exporter) {
            Objects.requireNonNull(exporter, "exporter");
            String format = Objects.requireNonNull(exporter.format(), "format").toLowerCase(Locale.ROOT);
            if (format.isBlank()) {
                throw new InvalidValueException("Exporter format must not be blank, was '" + format + "'");
            }
            if (byFormat.containsKey(format)) {
                throw new InvalidValueException("Export format '" + format + "' is already registered");
            }
            byFormat.put(format, exporter);
            return this;
        }

        /**
         * Builds the registry.
         *
         * @return the registry, not null
         */
        public Exporters build() {
            return new Exporters(new LinkedHashMap<>(byFormat));
        }
    }
}
