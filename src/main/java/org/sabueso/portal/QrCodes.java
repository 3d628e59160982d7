package org.sabueso.portal;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes for the poster (ZXing). */
final class QrCodes {

    /** The quiet zone the QR specification asks for around the code, in modules. */
    static final int QUIET_ZONE = 4;
    /**
     * Pixels per module: the image is scaled up by whole pixels here so that no printer or viewer
     * interpolating a tiny bitmap blurs the module edges.
     */
    static final int PIXELS_PER_MODULE = 8;

    private QrCodes() {
    }

    /**
     * A black-on-white QR code of the text. Error correction level M (15 % of the code may be
     * damaged) is the usual choice for print: a folded or scuffed poster still scans.
     */
    static BufferedImage of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.MARGIN, 0, EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
        int modules = matrix.getWidth() + 2 * QUIET_ZONE;
        int side = modules * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / PIXELS_PER_MODULE - QUIET_ZONE;
                int my = y / PIXELS_PER_MODULE - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < matrix.getWidth() && my < matrix.getHeight() && matrix.get(mx, my);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }
}
