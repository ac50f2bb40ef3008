package io.partnerbill.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerbill.core.InvalidValueException;
import io.partnerbill.export.format.BillDocument;
import io.partnerbill.export.format.ExportContext;
import io.partnerbill.export.format.LineWriter;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

public class ExportersTest {

    /** A format plug-in of one's own, registered like a Jackson module. */
    public static final class TsvLike implements Exporter {
        @Override
        public String format() {
            return "TSV";
        }

        @Override
        public String fileExtension() {
            return "tsv";
        }

        @Override
        public long writeBill(BillDocument bill, ExportContext context, OutputStream out) {
            return 0;
        }

        @Override
        public LineWriter openLines(ExportContext context, OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void standard_offersCsvJsonXlsxHtml() {
        Exporters standard = Exporters.standard();
        assertThat(standard.formats()).containsExactly("csv", "json", "xlsx", "html");
        assertThat(standard.get("CSV").fileExtension()).isEqualTo("csv");
        assertThat(standard.get("json").format()).isEqualTo("json");
        assertThat(standard.get("xlsx").toString()).isEqualTo("Exporter[xlsx]");
        assertThat(standard.get("HTML").fileExtension()).isEqualTo("html");
        assertThat(standard.get("html").toString()).isEqualTo("Exporter[html]");
        assertThat(standard.toString()).isEqualTo("Exporters[csv, json, xlsx, html]");
    }

    @Test
    void register_addsAPlugInUnderItsLowerCaseFormat() {
        Exporters exporters = Exporters.builder().register(new TsvLike()).register(Exporter.csv(true)).build();
        assertThat(exporters.formats()).containsExactly("tsv", "csv");
        assertThat(exporters.get("tsv")).isInstanceOf(TsvLike.class);
        assertThat(exporters.get("csv").toString()).isEqualTo("Exporter[csv, BOM]");
    }

    @Test
    void register_refusesASecondExporterOfAFormat() {
        Exporters.Builder builder = Exporters.builder().register(Exporter.csv());
        assertThatThrownBy(() -> builder.register(Exporter.csv(true)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Export format 'csv' is already registered");
    }

    @Test
    void get_refusesAnUnknownFormatNamingTheKnownOnes() {
        assertThatThrownBy(() -> Exporters.builder().register(Exporter.json()).build().get("pdf"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown export format 'pdf', registered: [json]");
    }
}
