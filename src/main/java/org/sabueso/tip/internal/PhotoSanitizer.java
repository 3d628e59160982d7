package org.sabueso.tip.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.sabueso.shared.DomainException;

/**
 * Takes a photo only if it is what it says, small enough, and really decodes as an image; then
 * draws its pixels into a new image and encodes that, so nothing of the original file survives:
 * no EXIF, no GPS position, no camera serial, no thumbnail, no trailing data.
 */
final class PhotoSanitizer {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;

    record Clean(String contentType, byte[] bytes) {
    }

    private PhotoSanitizer() {
    }

    static Clean clean(String declaredType, byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException.InvalidInput(field, "the photo is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException.InvalidInput(field, "a photo may be at most 5 MB");
        }
        String format = sniff(bytes);
        if (format == null) {
            throw new DomainException.InvalidInput(field, "only JPEG and PNG photos are accepted");
        }
        String type = "jpeg".equals(format) ? "image/jpeg" : "image/png";
        if (declaredType != null && !declaredType.isBlank() && !declaredType.equalsIgnoreCase(type)
                && !declaredType.equalsIgnoreCase("image/jpg") && !declaredType.equalsIgnoreCase("application/octet-stream")) {
            throw new DomainException.InvalidInput(field, "only JPEG and PNG photos are accepted");
        }
        BufferedImage image = decode(bytes, format, field);
        BufferedImage pixels = new BufferedImage(image.getWidth(), image.getHeight(),
                "png".equals(format) ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = pixels.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return new Clean(type, encode(pixels, format));
    }

    /** The format the bytes begin as, whatever the browser said. */
    private static String sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        return null;
    }

    private static BufferedImage decode(byte[] bytes, String format, String field) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (in == null || !readers.hasNext()) {
                throw new DomainException.InvalidInput(field, "the photo could not be read as an image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new DomainException.InvalidInput(field, "the photo has too many pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new DomainException.InvalidInput(field, "the photo could not be read as an image");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw new DomainException.InvalidInput(field, "the photo could not be read as an image");
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    param.setCompressionQuality(0.88f);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not encode a photo", e);
        }
    }
}
