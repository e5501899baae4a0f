package org.baclo.visitreport;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * XHTML to PDF with openhtmltopdf, SVG through Batik, Liberation fonts from the
 * openpdf-fonts-extra jar.
 */
final class PdfRenderer {

    private static final String[][] FONTS = { { "LiberationSans-Regular.ttf", "400", "normal" },
            { "LiberationSans-Bold.ttf", "700", "normal" }, { "LiberationSans-Italic.ttf", "400", "italic" } };

    private PdfRenderer() {
    }

    static byte[] render(String xhtml, String title) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfUaAccessibility(true); // tagged PDF: structure tree for screen
                                           // readers
            b.useSVGDrawer(new BatikSVGDrawer());
            for (String[] f : FONTS) {
                b.useFont(() -> font(f[0]), "Liberation Sans", Integer.valueOf(f[1]), f[2].equals("italic")
                        ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF report '" + title + "'", e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream("liberation/" + name);
        if (in == null) {
            throw new IllegalStateException("font liberation/" + name + " missing from the classpath");
        }
        return in;
    }

}
