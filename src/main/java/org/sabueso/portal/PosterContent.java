package org.sabueso.portal;

import java.util.List;

/**
 * Everything a poster prints, already worded in the reader's language: the renderer lays it
 * out and knows no language, no notice and no bundle.
 *
 * @param language   the document's language tag ("es", "en"), for screen readers
 * @param photoJpeg  the subject's photograph, or null to draw a silhouette
 * @param facts      label and value pairs (birth year, nationality, height…)
 * @param hotline    the issuing agency's tip line, or null when it has none
 */
record PosterContent(String language, String wanted, String issuer, String name, String aliases, String action,
                     byte[] photoJpeg, String noPhoto, List<Fact> facts, String offencesHeading, List<String> offences,
                     String summaryHeading, String summary, String rewardHeading, List<Reward> rewards,
                     String seenHeading, String doNotApproach, String hotlineLabel, String hotline, String qrCaption,
                     String tipUrl, String footer, String more) {

    record Fact(String label, String value) {
    }

    /** One reward: the amount in large type, then the lines under it (conversion, offered by, conditions…). */
    record Reward(String amount, List<String> lines) {
    }
}
