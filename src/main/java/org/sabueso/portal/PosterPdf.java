package org.sabueso.portal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays a {@link PosterContent} out on one A4 page (Apache PDFBox): a red "wanted" band, the
 * photograph beside the name, the offences, the rewards, and at the foot what a passer-by
 * needs: the question in the subject's sex, the hotline in large type and the QR code to the
 * notice's tip form. The foot has a fixed place, so a long summary is cut, never the hotline.
 */
final class PosterPdf {

    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float M = 36;
    private static final float BAND = 80;
    private static final float PHOTO_W = 170;
    private static final float PHOTO_H = 212;
    private static final float QR = 140;
    /** Top of the foot (question, hotline, QR): the body never writes below it. */
    private static final float FOOT = 250;
    private static final Color RED = new Color(158, 20, 20);
    private static final Color INK = new Color(25, 25, 25);
    private static final Color GREY = new Color(95, 95, 95);
    private static final Color PAPER = new Color(255, 247, 214);

    private final PDDocument doc;
    private final PDPageContentStream cs;
    private final PDFont regular = new PDType1Font(FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    private boolean cut;

    private PosterPdf(PDDocument doc, PDPageContentStream cs) {
        this.doc = doc;
        this.cs = cs;
    }

    /** The poster as PDF bytes. */
    static byte[] render(PosterContent c) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentCatalog().setLanguage(c.language());
            doc.getDocumentInformation().setTitle(c.wanted() + ": " + c.name());
            doc.getDocumentInformation().setCreator("Sabueso");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                new PosterPdf(doc, cs).draw(c);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void draw(PosterContent c) throws IOException {
        band(c);
        float photoBottom = H - BAND - 16 - PHOTO_H;
        photo(c, M, photoBottom);
        float y = identity(c, M + PHOTO_W + 18, H - BAND - 16);
        y = Math.min(y, photoBottom) - 22;
        if (!c.offences().isEmpty()) {
            y = heading(c.offencesHeading(), y);
            y = paragraph(regular, 11, String.join("  ·  ", c.offences()), M, W - 2 * M, y, 14, 4) - 8;
        }
        for (PosterContent.Reward r : c.rewards()) {
            y = reward(c.rewardHeading(), r, y) - 10;
        }
        if (c.summary() != null && !c.summary().isBlank()) {
            y = heading(c.summaryHeading(), y);
            paragraph(regular, 10, c.summary(), M, W - 2 * M, y, 13, 12);
        }
        if (cut) {
            line(italic, 8, c.more(), M, FOOT + 6, GREY);
        }
        foot(c);
    }

    private void band(PosterContent c) throws IOException {
        cs.setNonStrokingColor(RED);
        cs.addRect(0, H - BAND, W, BAND);
        cs.fill();
        centred(bold, 44, c.wanted(), H - 52, Color.WHITE);
        centred(regular, 10, c.issuer(), H - 70, Color.WHITE);
    }

    /** Name, aliases, requested action and facts in the column beside the photo; returns the next baseline. */
    private float identity(PosterContent c, float x, float top) throws IOException {
        float width = W - M - x;
        float y = paragraph(bold, 22, c.name(), x, width, top - 20, 25, 3);
        if (c.aliases() != null) {
            y = paragraph(italic, 11, c.aliases(), x, width, y - 2, 14, 3);
        }
        y = paragraph(regular, 11, c.action(), x, width, y - 4, 14, 2) - 8;
        for (PosterContent.Fact f : c.facts()) {
            String label = PosterText.printable(bold, f.label() + ": ");
            float labelWidth = PosterText.width(bold, 10, label);
            line(bold, 10, label, x, y, INK);
            float next = paragraph(regular, 10, f.value(), x + labelWidth, width - labelWidth, y, 13, 3);
            y = next;
        }
        return y;
    }

    private void photo(PosterContent c, float x, float y) throws IOException {
        PDImageXObject image = null;
        if (c.photoJpeg() != null) {
            try {
                image = JPEGFactory.createFromByteArray(doc, c.photoJpeg());
            } catch (IOException | RuntimeException e) {
                // a photo the JPEG reader refuses leaves the silhouette: the poster still prints
                image = null;
            }
        }
        if (image == null) {
            silhouette(c, x, y);
        } else {
            float scale = Math.min(PHOTO_W / image.getWidth(), PHOTO_H / image.getHeight());
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            cs.drawImage(image, x + (PHOTO_W - w) / 2, y + (PHOTO_H - h) / 2, w, h);
        }
        cs.setStrokingColor(GREY);
        cs.setLineWidth(0.75f);
        cs.addRect(x, y, PHOTO_W, PHOTO_H);
        cs.stroke();
    }

    /** A head and shoulders in grey, drawn, so a poster without a photograph is plainly so. */
    private void silhouette(PosterContent c, float x, float y) throws IOException {
        cs.setNonStrokingColor(new Color(226, 226, 226));
        cs.addRect(x, y, PHOTO_W, PHOTO_H);
        cs.fill();
        cs.setNonStrokingColor(new Color(150, 150, 150));
        circle(x + PHOTO_W / 2, y + 140, 38);
        cs.moveTo(x + 22, y + 22);
        cs.curveTo(x + 22, y + 88, x + PHOTO_W - 22, y + 88, x + PHOTO_W - 22, y + 22);
        cs.closePath();
        cs.fill();
        String caption = PosterText.printable(regular, c.noPhoto());
        line(regular, 9, caption, x + (PHOTO_W - PosterText.width(regular, 9, caption)) / 2, y + 8, INK);
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.552_284_8f * r; // control-point distance that makes four Béziers a circle
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.fill();
    }

    private float reward(String heading, PosterContent.Reward r, float top) throws IOException {
        float width = W - 2 * M - 24;
        List<String> small = r.lines().stream()
                .flatMap(l -> PosterText.wrap(regular, 10, PosterText.printable(regular, l), width).stream())
                .limit(6).toList();
        float height = 16 + 24 + small.size() * 13 + 10;
        if (top - height < FOOT + 16) {
            cut = true;
            return top;
        }
        cs.setNonStrokingColor(PAPER);
        cs.addRect(M, top - height + 12, W - 2 * M, height);
        cs.fill();
        float y = top - 4;
        line(bold, 11, PosterText.printable(bold, heading), M + 12, y, RED);
        y -= 24;
        line(bold, 20, PosterText.printable(bold, r.amount()), M + 12, y, INK);
        for (String l : small) {
            y -= 13;
            line(regular, 10, l, M + 12, y, INK);
        }
        return top - height;
    }

    private void foot(PosterContent c) throws IOException {
        cs.setStrokingColor(RED);
        cs.setLineWidth(2);
        cs.moveTo(M, FOOT);
        cs.lineTo(W - M, FOOT);
        cs.stroke();
        float width = W - 2 * M - QR - 20;
        float y = paragraph(bold, 26, c.seenHeading(), M, width, FOOT - 32, 30, 2);
        y = paragraph(regular, 10, c.doNotApproach(), M, width, y - 2, 13, 3) - 12;
        y = paragraph(regular, 11, c.hotlineLabel(), M, width, y, 14, 2);
        if (c.hotline() != null) {
            paragraph(bold, 24, c.hotline(), M, width, y - 12, 28, 2);
        }
        float qrX = W - M - QR;
        float qrY = M + 26;
        cs.drawImage(LosslessFactory.createFromImage(doc, QrCodes.of(c.tipUrl())), qrX, qrY, QR, QR);
        List<String> caption = PosterText.wrap(regular, 8, PosterText.printable(regular, c.qrCaption()), QR);
        float cy = qrY + QR + 4 + (caption.size() - 1) * 10;
        for (String l : caption) {
            line(regular, 8, l, qrX, cy, INK);
            cy -= 10;
        }
        float uy = qrY - 9;
        for (String l : PosterText.wrap(regular, 6.5f, PosterText.printable(regular, c.tipUrl()), QR).stream().limit(2).toList()) {
            line(regular, 6.5f, l, qrX, uy, GREY);
            uy -= 8;
        }
        line(regular, 7, PosterText.printable(regular, c.footer()), M, M - 12, GREY);
    }

    private float heading(String text, float y) throws IOException {
        if (y - 16 < FOOT + 16) {
            cut = true;
            return y;
        }
        line(bold, 13, PosterText.printable(bold, text), M, y, RED);
        return y - 17;
    }

    /**
     * Writes text wrapped to the width from the baseline {@code y}, at most {@code maxLines}
     * lines and never into the foot; returns the baseline after the last line written.
     */
    private float paragraph(PDFont font, float size, String text, float x, float width, float y, float leading,
                            int maxLines) throws IOException {
        List<String> lines = PosterText.wrap(font, size, PosterText.printable(font, text), width);
        boolean inFoot = y < FOOT;
        int written = 0;
        for (String l : lines) {
            boolean last = written == maxLines - 1 && lines.size() > maxLines;
            if (written == maxLines || (!inFoot && y - size < FOOT + 12)) {
                cut = cut || !inFoot;
                break;
            }
            line(font, size, last ? ellipsis(font, size, l, width) : l, x, y, INK);
            y -= leading;
            written++;
        }
        return y;
    }

    private String ellipsis(PDFont font, float size, String line, float width) {
        String s = line;
        while (!s.isEmpty() && PosterText.width(font, size, s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private void centred(PDFont font, float size, String text, float y, Color color) throws IOException {
        String s = PosterText.printable(font, text);
        float w = PosterText.width(font, size, s);
        if (w > W - 2 * M) {
            s = ellipsis(font, size, s, W - 2 * M);
            w = PosterText.width(font, size, s);
        }
        line(font, size, s, (W - w) / 2, y, color);
    }

    /** One line of already printable text. */
    private void line(PDFont font, float size, String text, float x, float y, Color color) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }
}
