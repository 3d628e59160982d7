package org.sabueso.notice;

/**
 * The reviewer's confirmation that the notice has no political, military, religious or racial
 * character (INTERPOL Constitution, Article 3). Each is true when the check passed.
 */
public record ComplianceChecks(boolean noPoliticalCharacter, boolean noMilitaryCharacter,
                               boolean noReligiousCharacter, boolean noRacialCharacter) {

    public boolean allPassed() {
        return noPoliticalCharacter && noMilitaryCharacter && noReligiousCharacter && noRacialCharacter;
    }

    public static ComplianceChecks allPassing() {
        return new ComplianceChecks(true, true, true, true);
    }
}
