package io.partnerbill.core.store;

/** What appending a line did. */
public enum AppendOutcome {
    /** The line was new and is now stored. */
    APPENDED,
    /** The same line was already stored; nothing changed. */
    ALREADY_PRESENT
}
