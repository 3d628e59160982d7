package org.sabueso.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** The renderer alone: layout on A4, the photo or the silhouette, hostile text, the QR code. */
class PosterPdfTest {

    private static final String URL = "https://sabueso.example/notices/3f1c2a9e-0000-4000-8000-000000000001/tip";

    static PosterContent content(String name, byte[] photo, String summary) {
        return new PosterContent("es", "SE BUSCA", "Aviso emitido por Policía Nacional del Perú (Perú)", name,
                "También conocido como: “La Flaca”", "Se solicita: localización", photo, "Sin fotografía",
                List.of(new PosterContent.Fact("Año de nacimiento", "1990"), new PosterContent.Fact("Nacionalidad", "Perú")),
                "Delitos", List.of("Extorsión", "Secuestro"), "Resumen", summary, "Recompensa",
                List.of(new PosterContent.Reward("S/ 250.000", List.of("≈ US$ 66.000 al tipo de cambio del 25/09/2023",
                        "Ofrecida por Policía Nacional del Perú", "Información que lleve a la captura"))),
                "¿La ha visto?", "No se acerque: avise a la policía.", "Línea de denuncias de Policía Nacional del Perú",
                "0800-40-007 (demo)", "Escanee el código para enviar información de forma anónima:", URL,
                "Aviso público de Sabueso · impreso el 04/12/2026", "… (continúa en el aviso en línea)");
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 120, 160));
        g.fillRect(0, 0, 300, 400);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void a_poster_is_one_a4_page_with_the_spanish_text_the_photo_and_a_qr_code_to_the_tip_form() throws IOException {
        PosterReader pdf = PosterReader.read(PosterPdf.render(content("María Fernanda Quispe Ramos", jpeg(), "Resumen breve.")));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.size().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.size().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
        assertThat(pdf.text()).contains("SE BUSCA", "María Fernanda Quispe Ramos", "Extorsión", "S/ 250.000",
                "¿La ha visto?", "0800-40-007 (demo)", "“La Flaca”", "~ US$ 66.000");
        assertThat(pdf.images()).as("the photograph and the QR code").isEqualTo(2);
        assertThat(pdf.qr()).isEqualTo(URL);
        assertThat(pdf.language()).isEqualTo("es");
    }

    @Test
    void without_a_photo_or_with_a_broken_one_the_poster_draws_a_silhouette_and_still_prints() throws IOException {
        for (byte[] photo : new byte[][]{null, {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}}) {
            PosterReader pdf = PosterReader.read(PosterPdf.render(content("Ana Torres", photo, null)));
            assertThat(pdf.images()).as("only the QR code").isEqualTo(1);
            assertThat(pdf.text()).contains("Sin fotografía", "Ana Torres", "0800-40-007");
            assertThat(pdf.qr()).isEqualTo(URL);
        }
    }

    @Test
    void hostile_text_prints_as_its_nearest_printable_form_and_a_long_summary_never_pushes_out_the_hotline()
            throws IOException {
        String hostile = "Łukasz\u0000 Öz\u0007türk 王小明 \uD83D\uDE00 " + "x".repeat(400) + "\u202e";
        PosterReader pdf = PosterReader.read(PosterPdf.render(content(hostile, null,
                "Largo resumen con muchas palabras. ".repeat(300))));
        assertThat(pdf.pages()).isEqualTo(1);
        assertThat(pdf.text()).contains("Lukasz", "Öz türk", "???", "¿La ha visto?", "0800-40-007 (demo)",
                "continúa en el aviso en línea");
        assertThat(pdf.qr()).isEqualTo(URL);
    }

    @Test
    void words_wrap_at_spaces_and_a_word_wider_than_the_line_is_cut() {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        List<String> lines = PosterText.wrap(font, 10, "uno dos tres cuatro " + "x".repeat(200), 100);
        assertThat(lines.getFirst()).isEqualTo("uno dos tres cuatro");
        assertThat(lines).allSatisfy(l -> assertThat(PosterText.width(font, 10, l)).isLessThanOrEqualTo(100));
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo("x".repeat(200));
    }
}
