package io.partnerbill.cli;

import java.io.PrintWriter;

/** Progress of a long step: a bar redrawn in place on a terminal, a plain line every tenth elsewhere. */
final class Progress {

    private static final int WIDTH = 40;

    private final PrintWriter out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private int lastShown = -1;

    Progress(PrintWriter out, String label, long total, boolean terminal) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
        this.terminal = terminal;
    }

    void update(long done) {
        int percent = (int) (done * 100 / total);
        if (terminal) {
            if (percent != lastShown) {
                int filled = percent * WIDTH / 100;
                out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "%");
                out.flush();
            }
        } else if (percent / 10 != lastShown / 10 || done == total) {
            if (percent / 10 != lastShown / 10) {
                out.println(label + ": " + done + " of " + total + " (" + percent + "%)");
            }
        }
        lastShown = percent;
    }

    void finish() {
        update(total);
        if (terminal) {
            out.println();
        }
    }
}
