package org.sabueso.tip;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Photos for the tip tests, made here: a JPEG carrying EXIF with a GPS position, a broken one, a PNG. */
public final class TestImages {

    /** Written into the EXIF description; must not survive the tip line. */
    public static final String EXIF_MARKER = "CamaraDelInformante-SN-77331";

    private TestImages() {
    }

    public static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 120, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real JPEG with an APP1 Exif segment: IFD0 with a description and a GPS IFD (latitude ref S). */
    public static byte[] jpegWithExif() {
        byte[] jpeg = encode(picture(320, 240), "jpg");
        byte[] marker = (EXIF_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(56 + marker.length);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(marker.length).putInt(56);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0});
        tiff.putInt(0);
        tiff.put(marker);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif)
                .put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** Starts as a JPEG, then nothing an image decoder can use. */
    public static byte[] brokenJpeg() {
        byte[] b = new byte[4000];
        new java.util.Random(3).nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        return b;
    }

    /**
     * A real PNG of {@code width} × {@code height} that is small as a file: one bit a pixel, all
     * zero, so it compresses to next to nothing while decoding it would take the full size.
     */
    public static byte[] hugePng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    /** A small real JPEG whose frame header (SOF0) claims {@code width} × {@code height}: a decompression bomb's header. */
    public static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = encode(picture(64, 48), "jpg");
        for (int i = 2; i + 8 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xC0) {
                ByteBuffer.wrap(jpeg, i + 5, 4).putShort((short) height).putShort((short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("no SOF0 in the test JPEG");
    }

    /** A PNG cut after its header and the start of its pixels: it says what it is and how large, then ends. */
    public static byte[] truncatedPng() {
        byte[] png = encode(picture(200, 150), "png");
        return java.util.Arrays.copyOf(png, 80);
    }

    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }
}
