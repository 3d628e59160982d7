package org.sabueso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    private static List<String> read(InputStream in, int max) throws IOException {
        NdjsonLines lines = new NdjsonLines(in, max);
        List<String> out = new ArrayList<>();
        while (lines.next()) {
            out.add(lines.lineNumber() + ":" + (lines.tooLong() ? "TOO LONG"
                    : new String(lines.bytes(), 0, lines.length(), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splits_on_newlines_drops_carriage_returns_and_keeps_a_last_line_without_newline() throws IOException {
        assertThat(read(text("a\r\nb\n\nc"), 100)).containsExactly("1:a", "2:b", "3:", "4:c");
    }

    @Test
    void a_final_newline_does_not_make_an_extra_line() throws IOException {
        assertThat(read(text("a\nb\n"), 100)).containsExactly("1:a", "2:b");
    }

    @Test
    void a_byte_order_mark_before_the_first_line_is_dropped() throws IOException {
        assertThat(read(text("\uFEFF{}\n{}"), 100)).containsExactly("1:{}", "2:{}");
    }

    @Test
    void a_line_over_the_limit_is_skipped_to_its_end_and_numbering_goes_on() throws IOException {
        assertThat(read(text("short\n" + "x".repeat(1000) + "\nafter"), 10))
                .containsExactly("1:short", "2:TOO LONG", "3:after");
    }

    @Test
    void a_ten_megabyte_line_is_never_held_in_memory() throws IOException {
        long size = 10L * 1024 * 1024;
        InputStream huge = new InputStream() {
            long served;

            @Override
            public int read() {
                if (served > size) {
                    return -1;
                }
                return served++ == size ? '\n' : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served > size) {
                    return -1;
                }
                int n = (int) Math.min(len, size + 1 - served);
                for (int i = 0; i < n; i++) {
                    b[off + i] = served + i == size ? (byte) '\n' : (byte) 'x';
                }
                served += n;
                return n;
            }
        };
        NdjsonLines lines = new NdjsonLines(huge, 64 * 1024);
        assertThat(lines.next()).isTrue();
        assertThat(lines.tooLong()).isTrue();
        assertThat(lines.bytes()).hasSize(64 * 1024);
        assertThat(lines.next()).isFalse();
    }
}
