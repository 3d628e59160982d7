package org.sabueso.portal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A poster read back as a reader would: its pages, text, images, and the QR code scanned off the rendered page. */
record PosterReader(int pages, PDRectangle size, String text, int images, String qr, String language) {

    static PosterReader read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            // lines joined: a name or a caption wrapped on the poster still reads as one
            String text = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            return new PosterReader(doc.getNumberOfPages(), page.getMediaBox(), text, images(page.getResources()),
                    scan(new PDFRenderer(doc).renderImageWithDPI(0, 150)), doc.getDocumentCatalog().getLanguage());
        }
    }

    /** Page 1 as a PNG-ready image at the given resolution. */
    static BufferedImage render(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(0, dpi);
        }
    }

    private static int images(PDResources resources) throws IOException {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    /** What ZXing reads from the rendered page, as a phone's camera would; null when no QR code is found. */
    static String scan(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return null;
        }
    }
}
