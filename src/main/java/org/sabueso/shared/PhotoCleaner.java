package org.sabueso.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;


/**
 * The one photo cleaner of the application, for a tipster's photos and for the photos staff attach
 * to a person: plain Java, no bean, so each module wraps it in the pool and limits it needs (the
 * tip line decodes anonymous uploads in a pool of its own with a time limit, PhotoDecoding).
 * <p>
 * Takes a photo only if it is what it says, small enough in bytes and in pixels, and really
 * decodes as an image; then draws its pixels into a new image and encodes that, so nothing of the
 * original file survives: no EXIF, no GPS position, no camera serial, no thumbnail, no trailing data.
 * <p>
 * Two steps, because the second is the costly one: {@link #inspect} reads only the header (PNG's
 * IHDR, JPEG's SOF) and refuses a file whose dimensions are too large before any pixel is
 * decoded, so a small file that claims a huge image (a decompression bomb) costs nothing;
 * {@link #redraw} decodes, draws and encodes; a caller may run it in a pool with a time limit,
 * through an {@link Abort} that can stop the reader and the writer.
 */
public final class PhotoCleaner {

    /** A phone photo is 2–6 MB as JPEG; a larger file is not a photo a tipster or an officer took. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /**
     * 4096 × 4096: a 12-megapixel phone photo (4032 × 3024) fits, and 48-megapixel phones save
     * 12 by default. Decoded as 4 bytes a pixel and drawn into a copy, a photo at the limit holds
     * about 134 MB while it is cleaned; with the decoding pool's two threads, at most about 270 MB
     * of the heap. The 6,300 × 6,300 images of issue 12 (39.7 megapixels, 160 MB each decoded,
     * twice) are refused from their header.
     */
    public static final long MAX_PIXELS = 4096L * 4096L;
    /** The side of {@link #MAX_PIXELS} as a square, as the refusal names it. */
    public static final int MAX_SIDE = 4096;

    /** The photo as stored: re-encoded from its pixels alone, with its dimensions. */
    public record Clean(String contentType, byte[] bytes, int width, int height) {
    }

    /**
     * What the caller wants out: the photo in its own format (JPEG or PNG) at its own size, or
     * always a JPEG no larger than {@code maxSide} on either side (for portraits shown on pages,
     * where a PNG's transparency means nothing and a 4096-pixel original is never needed).
     */
    public record Output(boolean asJpeg, int maxSide) {
        public static final Output AS_GIVEN = new Output(false, 0);

        public static Output jpegWithin(int maxSide) {
            return new Output(true, maxSide);
        }
    }

    /** What the header says: the format and the dimensions, nothing decoded yet. */
    public record Header(String format, String contentType, int width, int height) {
    }

    /** Lets another thread stop a decoding or an encoding that takes too long. */
    public static final class Abort {
        private volatile boolean requested;
        private volatile ImageReader reader;
        private volatile ImageWriter writer;

        public void abort() {
            requested = true;
            ImageReader r = reader;
            if (r != null) {
                r.abort();
            }
            ImageWriter w = writer;
            if (w != null) {
                w.abort();
            }
        }

        public boolean requested() {
            return requested;
        }
    }

    private PhotoCleaner() {
    }

    /** The whole cleaning in the caller's thread, without a time limit, keeping the format. */
    public static Clean clean(String declaredType, byte[] bytes, String field) {
        return clean(declaredType, bytes, field, Output.AS_GIVEN);
    }

    /**
     * The whole cleaning in the caller's thread. Its cost is bounded by {@link #inspect}'s
     * pixel cap: at most {@link #MAX_PIXELS} are ever decoded.
     */
    public static Clean clean(String declaredType, byte[] bytes, String field, Output output) {
        return redraw(inspect(declaredType, bytes, field), bytes, field, new Abort(), output);
    }

    /** Refuses by size, kind and header dimensions, without decoding a pixel. */
    public static Header inspect(String declaredType, byte[] bytes, String field) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_TOO_LARGE);
        }
        String format = sniff(bytes);
        if (format == null) {
            throw notAPhoto(field);
        }
        String type = "jpeg".equals(format) ? "image/jpeg" : "image/png";
        if (declaredType != null && !declaredType.isBlank() && !declaredType.equalsIgnoreCase(type)
                && !declaredType.equalsIgnoreCase("image/jpg") && !declaredType.equalsIgnoreCase("application/octet-stream")) {
            throw notAPhoto(field);
        }
        try (ImageInputStream in = memory(bytes)) {
            ImageReader reader = reader(format, in, field);
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0) {
                    throw unreadable(field);
                }
                if ((long) width * height > MAX_PIXELS) {
                    throw new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_TOO_MANY_PIXELS, MAX_PIXELS,
                            MAX_SIDE, MAX_SIDE, width, height);
                }
                return new Header(format, type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw unreadable(field);
        }
    }

    /** Decodes, draws into a new image and encodes, keeping the format; {@code abort} may stop it from another thread. */
    public static Clean redraw(Header header, byte[] bytes, String field, Abort abort) {
        return redraw(header, bytes, field, abort, Output.AS_GIVEN);
    }

    /** Decodes, draws into a new image as {@code output} asks and encodes; {@code abort} may stop it from another thread. */
    public static Clean redraw(Header header, byte[] bytes, String field, Abort abort, Output output) {
        BufferedImage image = decode(header.format(), bytes, field, abort);
        boolean jpeg = output.asJpeg() || "jpeg".equals(header.format());
        double scale = output.maxSide() <= 0 ? 1.0
                : Math.min(1.0, (double) output.maxSide() / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage pixels = new BufferedImage(width, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = pixels.createGraphics();
        try {
            if (jpeg) {
                // a PNG's transparent parts become white, not JPEG's black
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            if (scale < 1.0) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(image, 0, 0, width, height, null);
            } else {
                // unscaled: a plain copy of the pixels, much faster than drawing through a scaling path
                g.drawImage(image, 0, 0, null);
            }
        } finally {
            g.dispose();
        }
        image = null; // the decoded original may go while the copy is encoded
        byte[] encoded = encode(pixels, jpeg ? "jpeg" : "png", abort);
        if (abort.requested()) {
            throw tooSlow(field);
        }
        return new Clean(jpeg ? "image/jpeg" : "image/png", encoded, width, height);
    }

    public static DomainException.InvalidInput tooSlow(String field) {
        return new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_TOO_SLOW);
    }

    private static DomainException.InvalidInput notAPhoto(String field) {
        return new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_TYPE);
    }

    private static DomainException.InvalidInput unreadable(String field) {
        return new DomainException.InvalidInput(field, PhotoRefusal.PHOTO_UNREADABLE);
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

    /**
     * The bytes as an image stream held in memory: ImageIO's own factory would cache a stream in
     * a temporary file, disk work for every photo and a trace of it outside the database.
     */
    private static ImageInputStream memory(byte[] bytes) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
    }

    /** A reader on the stream that ignores metadata (text chunks, ICC profiles, EXIF are never even parsed). */
    private static ImageReader reader(String format, ImageInputStream in, String field) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (in == null || !readers.hasNext()) {
            throw unreadable(field);
        }
        ImageReader reader = readers.next();
        reader.setInput(in, true, true);
        return reader;
    }

    private static BufferedImage decode(String format, byte[] bytes, String field, Abort abort) {
        try (ImageInputStream in = memory(bytes)) {
            ImageReader reader = reader(format, in, field);
            abort.reader = reader;
            try {
                if (abort.requested()) {
                    throw tooSlow(field);
                }
                // checked again on the reader that decodes: the header was read by another one
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw unreadable(field);
                }
                // a truncated or corrupt JPEG decodes "successfully" with grey where data is missing,
                // and only says so in a warning: such a photo is refused, not stored half grey
                boolean[] damaged = {false};
                reader.addIIOReadWarningListener((source, warning) -> damaged[0] = true);
                BufferedImage image = reader.read(0);
                if (abort.requested()) {
                    throw tooSlow(field);
                }
                if (image == null || damaged[0]) {
                    throw unreadable(field);
                }
                return image;
            } finally {
                abort.reader = null;
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException d) {
                throw d;
            }
            throw abort.requested() ? tooSlow(field) : unreadable(field);
        }
    }

    /** Encodes pixels drawn by the application itself (no untrusted input): the demo's portraits. */
    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg", new Abort());
    }

    private static byte[] encode(BufferedImage image, String format, Abort abort) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            abort.writer = writer;
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                if ("jpeg".equals(format)) {
                    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                    // visually the same picture at about a third of the bytes of quality 1.0
                    param.setCompressionQuality(0.88f);
                }
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                abort.writer = null;
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("could not encode a photo", e);
        }
    }
}
