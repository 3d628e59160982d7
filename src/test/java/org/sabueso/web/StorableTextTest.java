package org.sabueso.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;

class StorableTextTest {

    @Test
    void text_in_any_script_with_emoji_combining_marks_tabs_and_new_lines_is_taken() {
        for (String s : new String[] {
                "محمد بن سلمان", "עוזי כהן", "Дмитрий Иванович", "José 👮🏽‍♀️ 🇻🇪", "Zalgo\u0301\u0301 e\u0308",
                "שלום\u200f", "a\tb\nc\r\nd", "\uFFFD", "😀", ""}) {
            assertThat(StorableText.taken(s)).as(s).isTrue();
        }
    }

    @Test
    void nul_other_c0_controls_del_c1_controls_and_lone_surrogates_are_refused_where_they_are() {
        assertThat(StorableText.firstRefused("a\u0000b")).isEqualTo(1);
        assertThat(StorableText.firstRefused("\u001b[31m")).isZero();
        assertThat(StorableText.firstRefused("ab\u007f")).isEqualTo(2);
        assertThat(StorableText.firstRefused("x\u0085")).isEqualTo(1);
        assertThat(StorableText.firstRefused("x\u009f")).isEqualTo(1);
        assertThat(StorableText.firstRefused("x\ud800y")).isEqualTo(1);
        assertThat(StorableText.firstRefused("x\udc00")).isEqualTo(1);
        assertThat(StorableText.firstRefused("\ud83d")).isZero();
    }

    @Test
    void database_refusals_are_told_apart_by_their_sqlstate() {
        assertThat(meaning("23505").status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(meaning("23505").detail()).contains("same key");
        assertThat(meaning("23503").status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(meaning("23503").detail()).doesNotContain("same key");
        for (String characters : new String[] {"22021", "22P05", "22023"}) {
            assertThat(meaning(characters).status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(meaning(characters).detail()).contains("control characters").doesNotContain("duplicate");
        }
        assertThat(meaning("22001").status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(meaning("23502").status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static DatabaseRefusals.Meaning meaning(String sqlState) {
        var batch = new java.sql.BatchUpdateException("Batch entry 0 INSERT ... ('secret search')", "", new int[0]);
        batch.setNextException(new java.sql.SQLException("ERROR: detail quoting values", sqlState));
        return DatabaseRefusals.of(new DataIntegrityViolationException("refused", batch));
    }
}
