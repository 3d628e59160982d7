package org.sabueso.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Puts the domain's sentences ({@code DomainException} messages and the reasons it writes into a
 * notice's history, in English for logs and the API) into the page's language. Each known sentence maps to a message key, with the
 * variable part as argument; an unknown one is shown as it is, which is better than nothing.
 * Templates reach it as {@code @domainMessages}.
 */
@Component("domainMessages")
public class DomainMessages {

    private static final Map<Pattern, String> KNOWN = new LinkedHashMap<>();

    static {
        known("the subject's name is required", "problem.name.required");
        known("the name is longer than (\\d+) characters", "problem.name.long");
        known("the name contains control characters", "problem.name.control");
        known("a name needs given names or a surname", "problem.name.parts");
        known("expected YYYY, YYYY-MM or YYYY-MM-DD: (.*)", "problem.partialDate.format");
        known("impossible date: (.*)", "problem.partialDate.impossible");
        known("year out of range: (.*)", "problem.partialDate.year");
        known("a day needs a month", "problem.partialDate.dayWithoutMonth");
        known("unknown country code: (.*)", "problem.country.unknown");
        known("unknown country code", "problem.country.unknown");
        known("an alias is longer than 300 characters", "problem.alias.long");
        known("each document needs a type and a number", "problem.document.incomplete");
        known("document type and number are at most 64 characters", "problem.document.long");
        known("height must be between 40 and 260 cm", "problem.height.range");
        known("at most 2000 characters", "problem.text.long2000");
        known("is required", "problem.required");
        known("must be one of .*", "problem.choice");
        known("a date \\(YYYY-MM-DD\\) is required", "problem.date.required");
        known("not a date in the form YYYY-MM-DD", "problem.date.format");
        known("a review-by date is required", "problem.reviewBy.required");
        known("the review-by date must be in the future", "problem.reviewBy.future");
        known("the review-by date may be at most five years ahead", "problem.reviewBy.max");
        known("at least one offence is required", "problem.offences.required");
        known("at most (\\d+) offences of 500 characters each", "problem.offences.many");
        known("the summary is longer than (\\d+) characters", "problem.text.long");
        known("the warrant reference is required", "problem.warrant.required");
        known("the warrant reference is longer than 200 characters", "problem.warrant.long");
        known("the legal basis is required", "problem.legalBasis.required");
        known("the legal basis is longer than (\\d+) characters", "problem.text.long");
        known("the requested action is required", "problem.action.required");
        known("the sharing scope is required", "problem.scope.required");
        known("name at least one partner agency for this scope", "problem.partners.required");
        known("unknown agency: (.*)", "problem.partners.unknown");
        known("a reason is required", "problem.reason.required");
        known("reason is longer than (\\d+) characters", "problem.text.long");
        known("say why the notice is returned", "problem.comment.required");
        known("choose whether to approve or return the notice", "problem.decision.required");
        known("the comment is longer than (\\d+) characters", "problem.text.long");
        known("a failed compliance check .*", "problem.checks.failed");
        known("only analysts and supervisors of an agency may draft notices", "problem.notAllowed.draft");
        known("only analysts and supervisors of the issuing agency may change this notice", "problem.notAllowed.change");
        known("only a supervisor of the issuing agency may review this notice", "problem.notAllowed.review");
        known("the author of a notice may not approve it; another supervisor must", "problem.notAllowed.ownNotice");
        known("only a supervisor may cancel or renew a notice", "problem.notAllowed.cancelOrRenew");
        known("only a draft may be edited; this notice is (\\w+)", "problem.conflict.notDraft");
        known("only a draft may be submitted for review", "problem.conflict.submitDraft");
        known("only a notice under review may be reviewed; this one is (\\w+)", "problem.conflict.notUnderReview");
        known("a notice that is (\\w+) cannot become (\\w+)", "problem.conflict.transition");
        known("(\\w+) is reached through review or expiry, not directly", "problem.conflict.indirect");
        known("only an active or located notice may be renewed", "problem.conflict.renew");
        known("the notice was changed by someone else; reload and try again", "problem.conflict.concurrent");
        known("no notice .*", "problem.notFound");
        // imports of notices, reviewed as a whole
        known("only a supervisor of the importing agency may review an import", "problem.notAllowed.importReview");
        known("the importer may not review their own import; another supervisor must", "problem.notAllowed.ownImport");
        known("an import shared PUBLIC is reviewed notice by notice, not as a whole", "problem.conflict.publicImport");
        known("this import has no notice left under review", "problem.conflict.importReviewed");
        // screening: the form, answers to hits, decisions on links
        known("a name is required", "problem.name.required");
        known("the name has no letters to compare", "problem.screening.nameLetters");
        known("unknown country code \\(ISO 3166-1 alpha-2 expected\\)", "problem.screening.country");
        known("at most 20 documents", "problem.screening.documentsMany");
        known("unknown country code in a document", "problem.screening.documentCountry");
        known("a document number needs letters or digits", "problem.screening.documentNumber");
        known("state the purpose of the check \\(it is audited\\)", "problem.screening.purpose");
        known("the purpose is longer than (\\d+) characters", "problem.text.long");
        known("screening is for .*", "problem.screening.notAllowed");
        // reasons the notice module writes into a notice's history by itself
        known("drafted", "reason.drafted");
        known("submitted for review", "reason.submitted");
        known("approved", "reason.approved");
        known("approved: (.*)", "reason.approvedWith");
        known("returned: (.*)", "reason.returnedWith");
        known("renewed until (\\d{4}-\\d{2}-\\d{2}): (.*)", "reason.renewed");
        known("review-by date (\\S+) passed without renewal", "reason.expired");
        known("imported from FollowTheMoney data, under review with import (\\S+)", "reason.importedForReview");
        known("approved with import ([0-9a-f-]+)", "reason.importApproved");
        known("approved with import ([0-9a-f-]+): (.*)", "reason.importApprovedWith");
        known("returned with import ([0-9a-f-]+): (.*)", "reason.importReturnedWith");
    }

    private static void known(String sentence, String key) {
        KNOWN.put(Pattern.compile(sentence, Pattern.DOTALL), key);
    }

    /** The message keys sentences map to, so a test can check that every one exists. */
    static java.util.Collection<String> keys() {
        return KNOWN.values();
    }

    private final MessageSource messages;
    private final Site site;

    DomainMessages(MessageSource messages, Site site) {
        this.messages = messages;
        this.site = site;
    }

    /** The message in the current request's language. */
    public String translate(String message) {
        if (message == null) {
            return "";
        }
        for (var known : KNOWN.entrySet()) {
            Matcher m = known.getKey().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = argument(m.group(i + 1));
                }
                return messages.getMessage(known.getValue(), args, message, LocaleContextHolder.getLocale());
            }
        }
        return message;
    }

    /** Status names and ISO dates inside a sentence read as the page writes them. */
    private String argument(String word) {
        if (word == null) {
            return null;
        }
        if (word.matches("[A-Z_]+")) {
            return messages.getMessage("status." + word, null, word, LocaleContextHolder.getLocale());
        }
        if (word.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return site.date(java.time.LocalDate.parse(word));
            } catch (java.time.format.DateTimeParseException notADate) {
                return word;
            }
        }
        return word;
    }
}
