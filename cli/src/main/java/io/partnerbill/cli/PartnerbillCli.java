package io.partnerbill.cli;

import io.partnerbill.core.PartnerBillingException;
import io.partnerbill.export.format.DisplayText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code partnerbill} command. Exit codes: 0 success, 1 differences found (reconcile),
 * 2 bad input (one line naming the problem; the stack trace only with {@code --verbose}).
 */
@Command(name = "partnerbill", mixinStandardHelpOptions = true, version = "partnerbill 0.2.0-SNAPSHOT",
        description = "Cloud-marketplace reseller billing: bills, reconciliation and exports.",
        subcommands = {DemoCommand.class, BillCommand.class, ReconcileCommand.class, ExportCommand.class,
            HistoryCommand.class, PayCommand.class, InvoiceCommand.class},
        footer = {"", "Example:", "  partnerbill demo", "  partnerbill bill --details details.csv --cycle 2024-01"})
public final class PartnerbillCli implements Runnable {

    /** Exit code of a bad input or a refused operation. */
    static final int BAD_INPUT = 2;

    // Moneta logs its math context at INFO on first use, on every path of its configuration, so the message
    // cannot be avoided, only filtered. The LogManager holds loggers weakly: without this strong reference the
    // configured logger is collected before Moneta asks for its child, and the level is lost.
    private static final Logger MONETA_LOG = Logger.getLogger("org.javamoney.moneta");
    // The library's own records (migrations applied, exports finished) are for services: the command prints
    // its output and one-line errors only, unless the user hands java.util.logging a configuration file.
    private static final Logger PARTNERBILL_LOG = Logger.getLogger("io.partnerbill");

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        MONETA_LOG.setLevel(Level.WARNING);
        if (System.getProperty("java.util.logging.config.file") == null) {
            PARTNERBILL_LOG.setLevel(Level.OFF);
        }
        // The platform charset, as a terminal expects: said explicitly, it is what PrintWriter(OutputStream) takes.
        System.exit(run(args, new PrintWriter(System.out, true, Charset.defaultCharset()),
                new PrintWriter(System.err, true, Charset.defaultCharset())));
    }

    /**
     * Runs the command line with the given streams, for tests and embedders.
     *
     * @param args the arguments, not null
     * @param out standard output, not null
     * @param err standard error, not null
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new PartnerbillCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println("partnerbill: " + DisplayText.sanitize(String.valueOf(e.getMessage())));
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            boolean verbose = parsed.hasMatchedOption("--verbose")
                    || parsed.subcommands().stream().anyMatch(s -> s.hasMatchedOption("--verbose"));
            err.println("partnerbill: " + DisplayText.sanitize(describe(e)));
            if (verbose) {
                e.printStackTrace(err);
            }
            return BAD_INPUT;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli passes errors through; one line and exit 2, never a stack trace and exit 1
            err.println("partnerbill: out of memory (" + DisplayText.sanitize(String.valueOf(e.getMessage()))
                    + "); give the JVM more heap with -Xmx");
            return BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            err.println("partnerbill: " + DisplayText.sanitize(describe(e)));
            return BAD_INPUT;
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof PartnerBillingException || e instanceof CliException) {
            return String.valueOf(e.getMessage());
        }
        if (e instanceof UncheckedIOException u) {
            // its own message names the file ("Cannot read bill-details file 'x': ..."); the cause's may not
            String own = u.getMessage();
            // an UncheckedIOException always has its cause: its constructors refuse null
            IOException cause = Objects.requireNonNull(u.getCause(), "cause");
            return own == null || own.equals(String.valueOf(cause)) ? describe(cause) : own;
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return "no such file: " + n.getFile();
        }
        if (e instanceof IOException) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
