package org.sabueso.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void plain_cells_pass_unchanged_and_null_is_empty() throws Exception {
        assertThat(Csv.cell("ve.analyst")).isEqualTo("ve.analyst");
        assertThat(Csv.cell("2026-03-01T12:00:00Z")).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() throws Exception {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("el \"Niño\"")).isEqualTo("\"el \"\"Niño\"\"\"");
        assertThat(Csv.cell("uno\ndos")).isEqualTo("\"uno\ndos\"");
        assertThat(Csv.cell("uno\r\ndos")).isEqualTo("\"uno\r\ndos\"");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_as_formulas_get_an_apostrophe() throws Exception {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
        assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void rows_end_with_crlf() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, "1", null, "x,y");
        Csv.row(out, "2", "-", "z");
        assertThat(out.toString()).isEqualTo("1,,\"x,y\"\r\n2,'-,z\r\n");
    }

    @Test
    void a_formula_first_on_its_line_is_defused_too() throws Exception {
        StringWriter out = new StringWriter();
        Csv.row(out, "=1+1", "@x");
        assertThat(out.toString()).isEqualTo("'=1+1,'@x\r\n");
    }
}
