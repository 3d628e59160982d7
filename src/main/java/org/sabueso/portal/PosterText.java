package org.sabueso.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text a standard PDF font can print. Helvetica with WinAnsiEncoding covers Spanish (á, ñ, ¿, ü)
 * and the rest of Latin-1, which is why no font is embedded; anything else a name or an agency
 * may hold is brought to its nearest printable form (accents dropped, "≈" as "~") rather than
 * failing the whole poster, and control characters become spaces.
 */
final class PosterText {

    /** Letters and signs that no decomposition brings into Latin-1, with what a reader expects instead. */
    private static final Map<Integer, String> NEAREST = Map.ofEntries(
            Map.entry((int) '≈', "~"), Map.entry((int) '→', "->"), Map.entry((int) '\u2212', "-"),
            Map.entry((int) '\u00a0', " "), Map.entry((int) '\u202f', " "), Map.entry((int) '\u2009', " "),
            Map.entry((int) 'Ł', "L"), Map.entry((int) 'ł', "l"), Map.entry((int) 'Đ', "D"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'ı', "i"));

    private PosterText() {
    }

    /** The text with every character the font cannot encode replaced by its nearest printable form. */
    static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(printable(font, cp)));
        return out.toString();
    }

    private static String printable(PDFont font, int cp) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return " ";
        }
        String ch = Character.toString(cp);
        if (encodes(font, ch)) {
            return ch;
        }
        String near = NEAREST.get(cp);
        if (near != null) {
            return near;
        }
        // "ł" or "ş": the base letter without its mark still names the person recognisably
        String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return !base.isEmpty() && !base.equals(ch) && encodes(font, base) ? base : "?";
    }

    private static boolean encodes(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width of already printable text in points. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Breaks printable text into lines no wider than {@code width}, at spaces where it can and
     * inside a word only when the word alone is wider than the line.
     */
    static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
