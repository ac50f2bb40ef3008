package io.partnerbill.testkit;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Captures what a logger and its children log, for assertions: partnerbill logs through
 * {@code System.Logger}, which the JDK's default finder routes to java.util.logging, where this
 * handler listens. While open, the logger logs every level ({@code DEBUG} included); closing
 * gives the logger back its level and removes the handler.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start("io.partnerbill.jdbc")) {
 *     store.migrate();
 *     assertThat(log.entries()).contains(new LogCapture.Entry(Level.INFO, "Applied partnerbill schema version 1: ..."));
 * }
 * }</pre>
 *
 * <p>This class is thread-safe: records from any thread are kept in arrival order. It does not
 * work when a service has installed another {@code System.LoggerFinder} (such as SLF4J's).
 */
public final class LogCapture implements AutoCloseable {

    private static final SimpleFormatter FORMATTER = new SimpleFormatter();

    // A strong reference: java.util.logging holds loggers weakly, and a collected logger forgets its level.
    private final Logger logger;
    private final java.util.logging.@Nullable Level levelBefore;
    private final Handler handler;
    private final List<Entry> entries = new ArrayList<>();

    private LogCapture(String name) {
        logger = Logger.getLogger(name);
        levelBefore = logger.getLevel();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                Entry entry = new Entry(level(record.getLevel()), FORMATTER.formatMessage(record),
                        Optional.ofNullable(record.getThrown()));
                synchronized (entries) {
                    entries.add(entry);
                }
            }

            @Override
            public void flush() {
                // nothing buffered
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        handler.setLevel(java.util.logging.Level.ALL);
        logger.addHandler(handler);
        logger.setLevel(java.util.logging.Level.ALL);
    }

    /**
     * Starts capturing a logger's records.
     *
     * @param loggerName the logger, such as {@code io.partnerbill.jdbc}, not null
     * @return the capture, to close when done, not null
     */
    public static LogCapture start(String loggerName) {
        return new LogCapture(Objects.requireNonNull(loggerName, "loggerName"));
    }

    /** @return the records logged so far, oldest first, not null */
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** Stops capturing and gives the logger back its level. */
    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(levelBefore);
    }

    private static Level level(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        } else if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARNING;
        } else if (value >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        } else if (value >= java.util.logging.Level.FINE.intValue()) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }

    /**
     * One captured record.
     *
     * @param level its level, as {@code System.Logger} names it, not null
     * @param message its message with the parameters filled in, not null
     * @param thrown the exception logged with it, if any, not null
     */
    public record Entry(Level level, String message, Optional<Throwable> thrown) {
        /** Checks the parts are present. */
        public Entry {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(thrown, "thrown");
        }

        /**
         * Creates an entry without an exception, to compare with captured ones.
         *
         * @param level the level, not null
         * @param message the message, not null
         */
        public Entry(Level level, String message) {
            this(level, message, Optional.empty());
        }
    }
}
