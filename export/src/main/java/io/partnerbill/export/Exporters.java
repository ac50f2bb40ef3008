package io.partnerbill.export;

/** Entry point of the export module; the exporters arrive with the export issue. */
public final class Exporters {

    private Exporters() {
    }
}
