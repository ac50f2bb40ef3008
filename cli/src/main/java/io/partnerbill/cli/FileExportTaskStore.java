package io.partnerbill.cli;

import io.partnerbill.core.BillCycle;
import io.partnerbill.core.PartnerId;
import io.partnerbill.export.ExportKind;
import io.partnerbill.export.ExportStatus;
import io.partnerbill.export.ExportTask;
import io.partnerbill.export.ExportTaskId;
import io.partnerbill.export.ExportTaskStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The export history of the demo database: one task a line in a text file, fields URL-encoded
 * and tab-separated ({@code ~} for an absent value), rewritten atomically on each save.
 */
final class FileExportTaskStore implements ExportTaskStore {

    private static final String ABSENT = "~";

    private final Path file;
    private final Map<ExportTaskId, ExportTask> tasks = new LinkedHashMap<>();

    FileExportTaskStore(Path file) {
        this.file = file;
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ExportTask task = read(line);
                        tasks.put(task.id(), task);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public synchronized void save(ExportTask task) {
        tasks.put(task.id(), task);
        List<String> lines = new ArrayList<>();
        tasks.values().forEach(t -> lines.add(write(t)));
        try {
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized Optional<ExportTask> find(ExportTaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    @Override
    public synchronized List<ExportTask> ofPartner(PartnerId partner) {
        return tasks.values().stream().filter(t -> t.partner().equals(partner))
                .sorted(Comparator.comparing(ExportTask::createdAt).reversed()).toList();
    }

    private static String write(ExportTask t) {
        return String.join("\t", enc(t.id().value()), enc(t.kind().name()), enc(t.partner().value()),
                enc(t.cycle().toString()), enc(t.format()), enc(t.status().name()), enc(t.createdAt().toString()),
                enc(t.finishedAt().map(Instant::toString).orElse(null)), enc(t.fileName().orElse(null)),
                enc(Long.toString(t.rowCount())), enc(Long.toString(t.sizeBytes())), enc(t.sha256().orElse(null)),
                enc(t.error().orElse(null)));
    }

    private static ExportTask read(String line) {
        String[] f = line.split("\t", -1);
        return ExportTask.builder().id(ExportTaskId.of(dec(f[0]))).kind(ExportKind.valueOf(dec(f[1])))
                .partner(PartnerId.of(dec(f[2]))).cycle(BillCycle.parse(dec(f[3]))).format(dec(f[4]))
                .status(ExportStatus.valueOf(dec(f[5]))).createdAt(Instant.parse(dec(f[6])))
                .finishedAt(f[7].equals(ABSENT) ? null : Instant.parse(dec(f[7])))
                .fileName(opt(f[8])).rowCount(Long.parseLong(dec(f[9]))).sizeBytes(Long.parseLong(dec(f[10])))
                .sha256(opt(f[11])).error(opt(f[12])).build();
    }

    private static String enc(@Nullable String value) {
        return value == null ? ABSENT : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String dec(String field) {
        return URLDecoder.decode(field, StandardCharsets.UTF_8);
    }

    private static @Nullable String opt(String field) {
        return field.equals(ABSENT) ? null : dec(field);
    }
}
