package org.sabueso.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

import org.sabueso.person.Sex;

/**
 * Draws the demo's portraits: stylised busts made of a few shapes, never a real person's face and
 * nothing downloaded. Each is drawn from a seed taken from the person's name and birth date, so a
 * person looks the same on every start; sex, age and the seed vary skin tone, hair, beard and
 * glasses. A "DEMO" tag in the corner says what it is.
 */
final class Portraits {

    static final int WIDTH = 240;
    static final int HEIGHT = 300;

    /** Skin tones from light to dark, as seen across Latin America. */
    private static final Color[] SKIN = {new Color(0xF1C8A5), new Color(0xE0AC84), new Color(0xC68C63),
            new Color(0xA86F4A), new Color(0x8A5736), new Color(0x6B4027), new Color(0xD9A37A), new Color(0xB97E57)};
    private static final Color[] HAIR = {new Color(0x1B1512), new Color(0x2E211A), new Color(0x3F2B1E),
            new Color(0x54392A), new Color(0x111111), new Color(0x6A4A33)};
    private static final Color[] SHIRT = {new Color(0x34495E), new Color(0x7F8C8D), new Color(0x2C3E50),
            new Color(0x8E5B3C), new Color(0x556B2F), new Color(0x6C3483), new Color(0xB03A2E), new Color(0xEDEDED)};
    /** Brown to near-black eyes, with an occasional hazel. */
    private static final Color[] IRIS = {new Color(0x3B2618), new Color(0x2A1B12), new Color(0x4E3322), new Color(0x5E4B2A)};
    private static final Color GREY_HAIR = new Color(0x9A9590);

    private Portraits() {
    }

    /** A portrait for a person of this sex, of this age (null when unknown), from this seed. */
    static BufferedImage draw(long seed, Sex sex, Integer age) {
        SplittableRandom r = new SplittableRandom(seed);
        boolean female = sex == Sex.FEMALE || sex != Sex.MALE && r.nextInt(4) == 0;
        boolean older = age != null && age >= 50;
        Color skin = SKIN[r.nextInt(SKIN.length)];
        Color hair = older && r.nextInt(3) > 0 ? GREY_HAIR : HAIR[r.nextInt(HAIR.length)];
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int shade = 200 + r.nextInt(30);
            g.setPaint(new GradientPaint(0, 0, new Color(shade, shade + 8 > 255 ? 255 : shade + 8, 255 - r.nextInt(20)),
                    0, HEIGHT, new Color(shade - 50, shade - 44, shade - 30)));
            g.fillRect(0, 0, WIDTH, HEIGHT);

            double faceW = 96 + r.nextInt(18);
            double faceH = 124 + r.nextInt(16);
            double cx = WIDTH / 2.0;
            double top = 62 + r.nextInt(8);
            if (female) {
                // long hair falls behind the shoulders
                g.setColor(hair);
                g.fill(new RoundRectangle2D.Double(cx - faceW / 2 - 18, top - 10, faceW + 36, faceH + 70 + r.nextInt(30), 60, 60));
            }
            // shoulders and neck
            g.setColor(SHIRT[r.nextInt(SHIRT.length)]);
            g.fill(new RoundRectangle2D.Double(cx - 110, top + faceH + 30, 220, 160, 110, 90));
            g.setColor(skin.darker());
            g.fill(new RoundRectangle2D.Double(cx - 22, top + faceH - 20, 44, 62, 18, 18));
            // ears and face
            g.setColor(skin);
            g.fill(new Ellipse2D.Double(cx - faceW / 2 - 9, top + faceH * 0.38, 20, 30));
            g.fill(new Ellipse2D.Double(cx + faceW / 2 - 11, top + faceH * 0.38, 20, 30));
            g.fill(new Ellipse2D.Double(cx - faceW / 2, top, faceW, faceH));
            hair(g, r, female, older, hair, cx, top, faceW, faceH);
            face(g, r, female, older, skin, hair, cx, top, faceW, faceH);

            g.setColor(new Color(255, 255, 255, 190));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString("DEMO", 8, HEIGHT - 10);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hair(Graphics2D g, SplittableRandom r, boolean female, boolean older, Color hair,
                             double cx, double top, double faceW, double faceH) {
        g.setColor(hair);
        int style = r.nextInt(female ? 2 : 4);
        if (!female && older && style == 3) {
            // receding: a fringe of hair at the sides only
            g.fill(new Arc2D.Double(cx - faceW / 2 - 2, top + 10, faceW + 4, faceH * 0.7, 150, 60, Arc2D.CHORD));
            g.fill(new Arc2D.Double(cx - faceW / 2 - 2, top + 10, faceW + 4, faceH * 0.7, -30, 60, Arc2D.CHORD));
            return;
        }
        double height = female ? faceH * 0.8 : faceH * (0.6 + style * 0.04);
        g.fill(new Arc2D.Double(cx - faceW / 2 - 4, top - 8 - style * 3, faceW + 8, height, 0, 180, Arc2D.CHORD));
        if (female) {
            g.fill(new Ellipse2D.Double(cx - faceW / 2 - 6, top + 4, 22, faceH * 0.6));
            g.fill(new Ellipse2D.Double(cx + faceW / 2 - 16, top + 4, 22, faceH * 0.6));
        } else if (style == 2) {
            // curls along the hairline
            for (int i = 0; i < 7; i++) {
                g.fill(new Ellipse2D.Double(cx - faceW / 2 + i * faceW / 7, top - 12, faceW / 6, 22));
            }
        }
    }

    private static void face(Graphics2D g, SplittableRandom r, boolean female, boolean older, Color skin, Color hair,
                             double cx, double top, double faceW, double faceH) {
        double eyeY = top + faceH * 0.46;
        double eyeDx = faceW * 0.2;
        // eyebrows
        g.setColor(hair.darker());
        g.setStroke(new BasicStroke(female ? 3f : 5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double browLift = r.nextInt(5);
        g.draw(new Arc2D.Double(cx - eyeDx - 14, eyeY - 16 - browLift, 28, 14, 20, 140, Arc2D.OPEN));
        g.draw(new Arc2D.Double(cx + eyeDx - 14, eyeY - 16 - browLift, 28, 14, 20, 140, Arc2D.OPEN));
        // eyes
        int irisTone = r.nextInt(IRIS.length);
        for (double x : new double[]{cx - eyeDx, cx + eyeDx}) {
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(x - 10, eyeY - 5, 20, 11));
            g.setColor(IRIS[irisTone]);
            g.fill(new Ellipse2D.Double(x - 4.5, eyeY - 4, 9, 9));
        }
        // nose and mouth
        Color line = skin.darker().darker();
        g.setColor(line);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D nose = new Path2D.Double();
        nose.moveTo(cx - 2, eyeY + 8);
        nose.lineTo(cx - 8, eyeY + 30);
        nose.lineTo(cx + 4, eyeY + 32);
        g.draw(nose);
        double mouthY = top + faceH * 0.76;
        g.setColor(female ? new Color(0xA5404A) : line);
        g.setStroke(new BasicStroke(female ? 4f : 3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double mouthW = 26 + r.nextInt(10);
        g.draw(new Arc2D.Double(cx - mouthW / 2, mouthY - 8, mouthW, 10 + r.nextInt(5), 200, 140, Arc2D.OPEN));
        if (older) {
            // lines of age under the eyes and beside the mouth
            g.setColor(line);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Arc2D.Double(cx - eyeDx - 10, eyeY + 4, 20, 8, 200, 140, Arc2D.OPEN));
            g.draw(new Arc2D.Double(cx + eyeDx - 10, eyeY + 4, 20, 8, 200, 140, Arc2D.OPEN));
            g.draw(new Arc2D.Double(cx - mouthW / 2 - 12, mouthY - 18, 12, 24, 120, 120, Arc2D.OPEN));
            g.draw(new Arc2D.Double(cx + mouthW / 2, mouthY - 18, 12, 24, -60, 120, Arc2D.OPEN));
        }
        if (!female && r.nextInt(3) == 0) {
            // a moustache, half the time with a beard
            g.setColor(hair);
            g.fill(new RoundRectangle2D.Double(cx - mouthW / 2 - 2, mouthY - 14, mouthW + 4, 7, 6, 6));
            if (r.nextBoolean()) {
                Color beard = new Color(hair.getRed(), hair.getGreen(), hair.getBlue(), 170);
                g.setColor(beard);
                g.fill(new Arc2D.Double(cx - faceW / 2 + 4, top + faceH * 0.35, faceW - 8, faceH * 0.66, 200, 140, Arc2D.CHORD));
                g.setColor(female ? line : new Color(0xA0, 0x50, 0x50));
            }
        }
        if (r.nextInt(6) == 0) {
            // glasses
            g.setColor(new Color(0x222222));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new RoundRectangle2D.Double(cx - eyeDx - 15, eyeY - 11, 30, 22, 8, 8));
            g.draw(new RoundRectangle2D.Double(cx + eyeDx - 15, eyeY - 11, 30, 22, 8, 8));
            g.draw(new Arc2D.Double(cx - eyeDx + 15, eyeY - 8, 2 * eyeDx - 30, 10, 0, 180, Arc2D.OPEN));
        }
    }
}
