package org.sabueso.notice.web;

import org.sabueso.notice.ComplianceChecks;
import org.sabueso.notice.NoticeRefusal;
import org.sabueso.shared.DomainException;

/**
 * The legal review form, the same for one notice and for a whole import: the four Article 3
 * checks (an unticked box is not sent, so null means not confirmed), the decision and a comment.
 */
record ReviewForm(String decision, Boolean noPoliticalCharacter, Boolean noMilitaryCharacter,
                  Boolean noReligiousCharacter, Boolean noRacialCharacter, String comment) {

    boolean approve() {
        return "approve".equals(decision);
    }

    /** The checks as ticked; refuses a form that neither approves nor returns. */
    ComplianceChecks checks() {
        if (!approve() && !"return".equals(decision)) {
            throw new DomainException.InvalidInput("decision", NoticeRefusal.DECISION_REQUIRED);
        }
        return new ComplianceChecks(ticked(noPoliticalCharacter), ticked(noMilitaryCharacter),
                ticked(noReligiousCharacter), ticked(noRacialCharacter));
    }

    private static boolean ticked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
