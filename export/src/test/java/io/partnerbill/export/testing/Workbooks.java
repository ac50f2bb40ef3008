package io.partnerbill.export.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads what the XLSX exporter wrote, for the tests of its sheets. */
public final class Workbooks {

    private Workbooks() {
    }

    /**
     * Reads a workbook's parts through the zip's central directory, as spreadsheet programs do.
     *
     * @param dir a directory for the file the zip is read from
     * @param xlsx the workbook
     * @return each part's text by its name
     */
    public static Map<String, String> entries(Path dir, byte[] xlsx) throws IOException {
        Path file = Files.write(dir.resolve("book.xlsx"), xlsx);
        Map<String, String> entries = new HashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }
}
