package org.sabueso.tip.internal;

import org.sabueso.shared.PhotoCleaner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.sabueso.shared.DomainException;
import org.sabueso.tip.Photo;
import org.sabueso.tip.TestImages;
import org.sabueso.tip.TipLineBusy;

/** The photo decoding pool: its caps, its time limit and its refusal when full. */
class PhotoDecodingTest {

    /** A PNG of random pixels: it does not compress, so decoding and encoding it take real time. */
    static byte[] noisyPng(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return TestImages.encode(image, "png");
    }

    @Test
    void a_normal_photo_comes_back_cleaned_through_the_pool() throws Exception {
        PhotoDecoding decoding = new PhotoDecoding(1, 2, Duration.ofSeconds(30));
        try {
            List<PhotoCleaner.Clean> clean = decoding.clean(List.of(new Photo("image/jpeg", TestImages.jpegWithExif())));
            assertThat(clean).hasSize(1);
            assertThat(TestImages.contains(clean.getFirst().bytes(), TestImages.EXIF_MARKER)).isFalse();
            assertThat(ImageIO.read(new ByteArrayInputStream(clean.getFirst().bytes())).getWidth()).isEqualTo(320);
        } finally {
            decoding.destroy();
        }
    }

    @Test
    void more_than_three_photos_are_refused_with_their_own_code() {
        PhotoDecoding decoding = new PhotoDecoding(1, 2, Duration.ofSeconds(30));
        try {
            byte[] png = TestImages.encode(TestImages.picture(10, 10), "png");
            assertThatThrownBy(() -> decoding.clean(Collections.nCopies(4, new Photo("image/png", png))))
                    .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                        assertThat(e.code()).isEqualTo("photo.too-many");
                        assertThat(e.refusal().args()).containsExactly(3);
                    });
        } finally {
            decoding.destroy();
        }
    }

    @Test
    void a_photo_still_decoding_after_its_time_limit_is_aborted_and_refused() {
        PhotoDecoding decoding = new PhotoDecoding(1, 2, Duration.ofMillis(1));
        try {
            byte[] photo = noisyPng(1000, 1000, 1);
            assertThatThrownBy(() -> decoding.clean(List.of(new Photo("image/png", photo))))
                    .isInstanceOfSatisfying(DomainException.InvalidInput.class, e -> {
                        assertThat(e.code()).isEqualTo("photo.too-slow");
                        assertThat(e.field()).isEqualTo("photos");
                    });
        } finally {
            decoding.destroy();
        }
    }

    @Test
    void a_full_queue_refuses_at_once_instead_of_queueing() {
        // one thread and a queue of one: the first photo decodes, the second waits, the third
        // finds no room; each takes long enough that the first is still running when it is sent
        PhotoDecoding decoding = new PhotoDecoding(1, 1, Duration.ofSeconds(30));
        try {
            List<Photo> three = List.of(new Photo("image/png", noisyPng(1000, 1000, 1)),
                    new Photo("image/png", noisyPng(1000, 1000, 2)), new Photo("image/png", noisyPng(1000, 1000, 3)));
            // a queue without bound would decode all three in turn and answer; only a refusal throws
            assertThatThrownBy(() -> decoding.clean(three)).as("refused, not queued").isInstanceOfSatisfying(TipLineBusy.class,
                    e -> assertThat(e.retryAfterSeconds()).isPositive());
        } finally {
            decoding.destroy();
        }
    }
}
