package uk.lscb.cse.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The printable HTML laid out as a PDF: the same template, so the two never say different things. */
final class ReportPdf {
    private ReportPdf() {
    }

    static byte[] render(BoardReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(ReportHtml.render(report), null);
            builder.withProducer("CSE action-plan bot");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("laying out the report as PDF", e);
        }
        return out.toByteArray();
    }
}
