package io.partnerbill.export.tasks;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.core.billing.PartnerBilling;
import io.partnerbill.core.PartnerId;
import io.partnerbill.core.UnknownEntityException;
import io.partnerbill.core.export.ExportKind;
import io.partnerbill.core.export.ExportStatus;
import io.partnerbill.core.export.ExportTask;
import io.partnerbill.core.export.ExportTaskId;
import io.partnerbill.core.store.ExportTaskStore;
import io.partnerbill.export.Exporter;
import io.partnerbill.export.Exporters;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineSource;
import io.partnerbill.export.format.NameDirectory;
import io.partnerbill.export.internal.Cells;
import io.partnerbill.export.invoice.InvoiceParties;
import io.partnerbill.export.invoice.TaxInvoice;
import io.partnerbill.export.pdf.PdfFonts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Export tasks: {@link #submit} records a PENDING task and hands it to the caller's
 * {@link Executor}, which runs it (RUNNING) to COMPLETED or FAILED; {@link #history} lists a
 * partner's tasks newest first; {@link #download} opens a completed task's file.
 *
 * <pre>{@code
 * ExportService exports = ExportService.builder()
 *         .billing(billing)
 *         .sink(ExportSink.localDirectory(Path.of("/var/exports")))
 *         .executor(executor)
 *         .build();
 * ExportTask task = exports.submit(ExportRequest.billDetails(partner, cycle, "csv"));
 * }</pre>
 *
 * <p>A BILL task writes the partner's stored bill of the cycle, or, if none is stored, the bill
 * computed from the cycle's lines, through
 * {@link Exporter#writeBill(BillDocument, LineSource, ExportContext, OutputStream)} with the
 * cycle's lines as a lazy {@link LineSource} and the facade's billing calendar in the context
 * (the HTML report streams them once for its daily chart and refund listing; other formats
 * never read them); a BILL_DETAILS task streams the cycle's lines from the line store; a
 * STATEMENTS task writes the statement of every customer with lines in the cycle (the issued
 * one, else a draft); a MARGIN task writes the margin report. Details with more rows than the
 * request's limit are written as a zip of parts. The task's file is named
 * {@code <partner>_<cycle>_bill.<ext>}, {@code <partner>_<cycle>_details.<ext|zip>},
 * {@code <partner>_<cycle>_statements.<ext>} or {@code <partner>_<cycle>_margin.<ext>}. An INVOICE task
 * writes the tax invoice of the issued bill, a STATEMENT_INVOICE task that of the issued statement, as PDF
 * or UBL XML, to {@code <partner>_<cycle>_invoice.<pdf|xml>} or
 * {@code <reseller>_<cycle>_<customer>_invoice.<pdf|xml>}; they need {@link Builder#invoiceParties}.
 *
 * <p>Nothing here starts a thread. This class is thread-safe when its collaborators are.
 */
public final class ExportService {

    /** The error of a task that {@link #recoverInterrupted} marked FAILED. */
    public static final String INTERRUPTED = "interrupted";

    private final PartnerBilling billing;
    private final ExportSink sink;
    private final Executor executor;
    private final ExportTaskStore tasks;
    private final Exporters exporters;
    private final NameDirectory names;
    private final @Nullable ExportProgressListener listener;
    private final Clock clock;
    private final @Nullable InvoiceParties invoiceParties;
    private final PdfFonts pdfFonts;

    private ExportService(Builder b) {
        invoiceParties = b.invoiceParties;
        pdfFonts = b.pdfFonts != null ? b.pdfFonts : PdfFonts.bundled();
        billing = Objects.requireNonNull(b.billing, "billing");
        sink = Objects.requireNonNull(b.sink, "sink");
        executor = Objects.requireNonNull(b.executor, "executor");
        tasks = b.tasks != null ? b.tasks : billing.store().exportTasks();
        exporters = b.exporters;
        names = b.names;
        listener = b.listener;
        clock = b.clock != null ? b.clock : billing.clock();
    }

    /**
     * Starts a builder; billing, sink and executor are required.
     *
     * @return the builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records a PENDING task for the request and hands it to the executor.
     *
     * @param request what to export, not null
     * @return the task as submitted (PENDING, or already further if the executor ran it on the
     *         calling thread), not null
     * @throws io.partnerbill.core.InvalidValueException if no exporter has the request's format, or
     *         it cannot write the request's kind
     * @throws RejectedExecutionException if the executor refuses the task, which is then
     *         recorded as FAILED
     */
    public ExportTask submit(ExportRequest request) {
        Objects.requireNonNull(request, "request");
        boolean invoice = InvoiceTasks.isInvoice(request.kind());
        // An invoice is built now, so that an unissued bill or a missing address refuses the request.
        @Nullable TaxInvoice document = invoice ? InvoiceTasks.invoice(billing, invoiceParties, request) : null;
        @Nullable Exporter exporter = invoice ? null : exporters.get(request.format());
        if (exporter != null && !exporter.supports(request.kind())) {
            throw new InvalidValueException("Export format '" + exporter.format() + "' cannot write " + request.kind()
                    + ", was requested for " + request);
        }
        ExportTask task = ExportTask.builder().id(ExportTaskId.random()).kind(request.kind())
                .partner(request.partner()).cycle(request.cycle())
                .format(exporter != null ? exporter.format() : request.format()).createdAt(clock.instant()).build();
        tasks.save(task);
        try {
            executor.execute(() -> run(task, request, exporter, document));
        } catch (RejectedExecutionException e) {
            tasks.save(failed(task, e));
            throw e;
        }
        return tasks.find(task.id()).orElse(task);
    }

    /**
     * Finds a task.
     *
     * @param id the id, not null
     * @return the task, or empty, not null
     */
    public Optional<ExportTask> task(ExportTaskId id) {
        return tasks.find(Objects.requireNonNull(id, "id"));
    }

    /**
     * Lists a partner's tasks, newest first (by submission instant, then by submission order).
     *
     * @param partner the partner, not null
     * @return the tasks, not null
     */
    public List<ExportTask> history(PartnerId partner) {
        List<ExportTask> list = new ArrayList<>(tasks.ofPartner(Objects.requireNonNull(partner, "partner")));
        Collections.reverse(list);
        list.sort(Comparator.comparing(ExportTask::createdAt).reversed());
        return List.copyOf(list);
    }

    /**
     * Opens a completed task's file.
     *
     * @param id the task, not null
     * @return the file's bytes; the caller closes the stream, not null
     * @throws UnknownEntityException if there is no such task
     * @throws ExportNotAvailableException if the task is PENDING, RUNNING or FAILED
     * @throws UncheckedIOException if the sink cannot open the file
     */
    public InputStream download(ExportTaskId id) {
        ExportTask task = tasks.find(Objects.requireNonNull(id, "id"))
                .orElseThrow(() -> new UnknownEntityException("Unknown export task '" + id + "'"));
        switch (task.status()) {
            case COMPLETED:
                break;
            case FAILED:
                throw new ExportNotAvailableException(id, task.status(), "Export task '" + id
                        + "' FAILED, nothing to download: " + task.error().orElse(""));
            default:
                throw new ExportNotAvailableException(id, task.status(), "Export task '" + id + "' is "
                        + task.status() + ", not COMPLETED: nothing to download yet");
        }
        try {
            return sink.open(id, task.fileName().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the file of export task '" + id + "'", e);
        }
    }

    /**
     * Marks as FAILED, with the error {@value #INTERRUPTED}, the partner's tasks that a process
     * killed before it finished them left PENDING or RUNNING for ever, and removes their temporary
     * files from the sink ({@link ExportSink#discardPending}). Nothing does this behind your back:
     * call it at start-up, before this process submits tasks. Finished tasks are left as they are.
     *
     * <p>Only tasks that no live process runs may be recovered. With one process per task store,
     * pass {@link Instant#MAX}. With several processes sharing a store, pass a cut-off before which
     * every live process had finished its tasks, such as the start instant of the oldest live
     * process (on the service's clock): a task created at or after the cut-off is left alone, as
     * another process may still be writing it.
     *
     * @param partner the partner whose tasks to recover, not null
     * @param createdBefore only tasks created before this instant are recovered, not null
     * @return the tasks as now stored, FAILED; empty when there was nothing to recover, not null
     * @throws UncheckedIOException if the sink cannot remove a temporary file; that task, and those
     *         after it, are then left as they were
     */
    public List<ExportTask> recoverInterrupted(PartnerId partner, Instant createdBefore) {
        return InterruptedTasks.recover(tasks, sink, clock, partner, createdBefore);
    }

    private void run(ExportTask pending, ExportRequest request, @Nullable Exporter exporter,
            @Nullable TaxInvoice invoice) {
        ExportTask running = pending.toBuilder().status(ExportStatus.RUNNING).build();
        tasks.save(running);
        ExportLog.started(running);
        try {
            ExportTask done = write(running, request, exporter, invoice);
            tasks.save(done);
            ExportLog.finished(done);
        } catch (RuntimeException | IOException | Error e) {
            ExportTask failed = failed(running, e);
            tasks.save(failed);
            ExportLog.failed(failed, e);
            if (e instanceof Error) {
                throw (Error) e;
            }
        }
    }

    private ExportTask write(ExportTask task, ExportRequest request, @Nullable Exporter exporter,
            @Nullable TaxInvoice invoice) throws IOException {
        String base = Cells.fileSafe(request.partner().value()) + "_" + request.cycle();
        OptionalLong total;
        boolean zip = false;
        if (request.kind() == ExportKind.BILL_DETAILS) {
            long count = billing.lines().count(request.partner(), request.cycle());
            total = OptionalLong.of(count);
            zip = request.zip() || count > request.maxRowsPerFile();
        } else {
            total = OptionalLong.empty();
        }
        String fileName = base + switch (request.kind()) {
            case BILL -> "_bill." + Objects.requireNonNull(exporter).fileExtension();
            case BILL_DETAILS -> "_details." + (zip ? "zip" : Objects.requireNonNull(exporter).fileExtension());
            case STATEMENTS -> "_statements." + Objects.requireNonNull(exporter).fileExtension();
            case MARGIN -> "_margin." + Objects.requireNonNull(exporter).fileExtension();
            case INVOICE, STATEMENT_INVOICE -> InvoiceTasks.fileSuffix(request);
        };
        ExportContext context = ExportContext.defaults().withNames(names).withCalendar(billing.calendar())
                .withProgress(rows -> progress(task, rows, total));
        try (ExportSink.PendingFile file = sink.create(task.id(), fileName)) {
            DigestingStream out = new DigestingStream(file.stream());
            long rows = TaskContent.write(billing, request, exporter, invoice, pdfFonts, zip, context, out);
            out.flush();
            file.commit();
            return task.toBuilder().status(ExportStatus.COMPLETED).finishedAt(clock.instant()).fileName(fileName)
                    .rowCount(rows).sizeBytes(out.size).sha256(HexFormat.of().formatHex(out.digest.digest())).build();
        }
    }

    private void progress(ExportTask task, long rows, OptionalLong total) {
        if (listener != null) {
            listener.onProgress(task, rows, total);
        }
    }

    private ExportTask failed(ExportTask task, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return task.toBuilder().status(ExportStatus.FAILED).finishedAt(clock.instant()).fileName(null).sha256(null)
                .sizeBytes(0).error(message).build();
    }

    /** Builds an {@link ExportService}. */
    public static final class Builder {
        private @Nullable PartnerBilling billing;
        private @Nullable ExportSink sink;
        private @Nullable Executor executor;
        private @Nullable ExportTaskStore tasks;
        private Exporters exporters = Exporters.standard();
        private NameDirectory names = NameDirectory.none();
        private @Nullable ExportProgressListener listener;
        private @Nullable Clock clock;
        private @Nullable InvoiceParties invoiceParties;
        private @Nullable PdfFonts pdfFonts;

        private Builder() {
        }

        /**
         * Sets the issuers' and recipients' addresses and tax ids, which INVOICE and STATEMENT_INVOICE
         * tasks need (default none: such requests are refused).
         *
         * @param parties the parties, not null
         * @return this builder
         */
        public Builder invoiceParties(InvoiceParties parties) {
            this.invoiceParties = Objects.requireNonNull(parties, "parties");
            return this;
        }

        /**
         * Sets the fonts of PDF invoices (default {@link PdfFonts#bundled()}: Latin and Devanagari, no CJK).
         *
         * @param fonts the fonts, not null
         * @return this builder
         */
        public Builder pdfFonts(PdfFonts fonts) {
            this.pdfFonts = Objects.requireNonNull(fonts, "fonts");
            return this;
        }

        /**
         * Sets where lines and bills come from (required).
         *
         * @param billing the facade, not null
         * @return this builder
         */
        public Builder billing(PartnerBilling billing) {
            this.billing = Objects.requireNonNull(billing, "billing");
            return this;
        }

        /**
         * Sets where files go (required).
         *
         * @param sink the sink, not null
         * @return this builder
         */
        public Builder sink(ExportSink sink) {
            this.sink = Objects.requireNonNull(sink, "sink");
            return this;
        }

        /**
         * Sets what runs the tasks (required); the service never starts a thread itself.
         *
         * @param executor the executor, not null
         * @return this builder
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets the task store (default: the billing store's {@code exportTasks()}).
         *
         * @param tasks the store, not null
         * @return this builder
         */
        public Builder taskStore(ExportTaskStore tasks) {
            this.tasks = Objects.requireNonNull(tasks, "tasks");
            return this;
        }

        /**
         * Sets the formats offered (default {@link Exporters#standard()}).
         *
         * @param exporters the registry, not null
         * @return this builder
         */
        public Builder exporters(Exporters exporters) {
            this.exporters = Objects.requireNonNull(exporters, "exporters");
            return this;
        }

        /**
         * Sets the directory of display names (default none).
         *
         * @param names the directory, not null
         * @return this builder
         */
        public Builder names(NameDirectory names) {
            this.names = Objects.requireNonNull(names, "names");
            return this;
        }

        /**
         * Sets the progress listener (default none).
         *
         * @param listener the listener, not null
         * @return this builder
         */
        public Builder progressListener(ExportProgressListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Sets the clock of the created and finished instants (default: the billing's clock).
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the service.
         *
         * @return the service, not null
         * @throws NullPointerException if billing, sink or executor is missing
         */
        public ExportService build() {
            return new ExportService(this);
        }
    }
}
