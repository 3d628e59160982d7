package org.sabueso.tip.internal;

import org.sabueso.shared.PhotoCleaner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sabueso.shared.DomainException;
import org.sabueso.tip.TestImages;

class PhotoCleanerTest {

    @Test
    void a_jpeg_with_exif_and_gps_comes_out_as_the_same_picture_without_them() throws Exception {
        byte[] original = TestImages.jpegWithExif();
        assertThat(TestImages.contains(original, "Exif")).isTrue();
        assertThat(TestImages.contains(original, TestImages.EXIF_MARKER)).isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(original))).as("the test photo is a real JPEG").isNotNull();

        PhotoCleaner.Clean clean = PhotoCleaner.clean("image/jpeg", original, "photos");

        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(TestImages.contains(clean.bytes(), "Exif")).isFalse();
        assertThat(TestImages.contains(clean.bytes(), TestImages.EXIF_MARKER)).isFalse();
        var image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void a_png_is_kept_as_png_and_trailing_data_is_dropped() throws Exception {
        byte[] png = TestImages.encode(TestImages.picture(50, 40), "png");
        byte[] withTail = java.util.Arrays.copyOf(png, png.length + 20);
        System.arraycopy("SECRET-TRAILING-DATA".getBytes(StandardCharsets.US_ASCII), 0, withTail, png.length, 20);
        PhotoCleaner.Clean clean = PhotoCleaner.clean("image/png", withTail, "photos");
        assertThat(clean.contentType()).isEqualTo("image/png");
        assertThat(TestImages.contains(clean.bytes(), "SECRET-TRAILING-DATA")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(clean.bytes())).getWidth()).isEqualTo(50);
    }

    @Test
    void a_broken_image_is_refused() {
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", TestImages.brokenJpeg(), "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.code()).isEqualTo("photo.unreadable"));
    }

    @Test
    void something_that_is_no_image_is_refused_whatever_it_claims() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", script, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.code()).isEqualTo("photo.type"));
        byte[] png = TestImages.encode(TestImages.picture(10, 10), "png");
        assertThatThrownBy(() -> PhotoCleaner.clean("text/html", png, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.code()).isEqualTo("photo.type"));
        byte[] gif = TestImages.encode(TestImages.picture(10, 10), "gif");
        assertThatThrownBy(() -> PhotoCleaner.clean("image/gif", gif, "photos"))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void an_oversized_photo_is_refused_before_decoding() {
        byte[] big = java.util.Arrays.copyOf(TestImages.jpegWithExif(), PhotoCleaner.MAX_BYTES + 1);
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", big, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("photo.too-large");
                });
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", new byte[0], "photos"))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void a_small_png_whose_header_says_6300_by_6300_is_refused_from_the_header_with_the_pixel_cap() {
        byte[] bomb = TestImages.hugePng(6300, 6300);
        assertThat(bomb.length).as("a small file").isLessThan(200_000);
        // inspect reads the header only (no pixel is decoded): its refusal is the proof, no clock needed
        assertThatThrownBy(() -> PhotoCleaner.inspect("image/png", bomb, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("photo.too-many-pixels");
                    assertThat(e.refusal().args()).containsExactly(PhotoCleaner.MAX_PIXELS, 4096, 4096, 6300, 6300);
                });
        assertThatThrownBy(() -> PhotoCleaner.clean("image/png", bomb, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(e.code()).isEqualTo("photo.too-many-pixels"));
    }

    @Test
    void a_144_megapixel_photo_is_refused_for_its_pixels_not_its_bytes() {
        byte[] big = TestImages.hugePng(12_000, 12_000);
        assertThat(big.length).isLessThan(PhotoCleaner.MAX_BYTES);
        assertThatThrownBy(() -> PhotoCleaner.inspect("image/png", big, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(e.refusal().args()).endsWith(12000, 12000));
    }

    @Test
    void a_jpeg_whose_frame_header_claims_60000_by_60000_is_refused_before_decoding() {
        byte[] bomb = TestImages.jpegClaiming(60_000, 60_000);
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", bomb, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(e.code()).isEqualTo("photo.too-many-pixels"));
    }

    @Test
    void a_png_cut_short_after_its_header_is_refused_as_unreadable() {
        assertThatThrownBy(() -> PhotoCleaner.clean("image/png", TestImages.truncatedPng(), "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class,
                        e -> assertThat(e.code()).isEqualTo("photo.unreadable"));
    }

    @Test
    void a_photo_at_the_pixel_cap_is_taken() {
        byte[] edge = TestImages.hugePng(4096, 4096);
        assertThat(PhotoCleaner.inspect("image/png", edge, "photos").width()).isEqualTo(4096);
        assertThatThrownBy(() -> PhotoCleaner.inspect("image/png", TestImages.hugePng(4097, 4096), "photos"))
                .isInstanceOf(DomainException.InvalidInput.class);
    }

    @Test
    void a_truncated_jpeg_is_refused_rather_than_stored_half_grey() {
        byte[] jpeg = TestImages.jpegWithExif();
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length * 2 / 3);
        assertThatThrownBy(() -> PhotoCleaner.clean("image/jpeg", cut, "photos"))
                .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> assertThat(e.code()).isEqualTo("photo.unreadable"));
    }

    @Test
    void a_portrait_is_kept_as_a_jpeg_within_its_side_whatever_it_came_as() throws Exception {
        byte[] png = TestImages.encode(TestImages.picture(400, 200), "png");
        PhotoCleaner.Clean clean = PhotoCleaner.clean("image/png", png, "file", PhotoCleaner.Output.jpegWithin(100));
        assertThat(clean.contentType()).isEqualTo("image/jpeg");
        assertThat(clean.width()).isEqualTo(100);
        assertThat(clean.height()).isEqualTo(50);
        var image = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(image.getWidth()).isEqualTo(100);
    }
}
