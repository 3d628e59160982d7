package org.sabueso.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.sabueso.notice.NoticeDetail;
import org.sabueso.person.PersonId;
import org.sabueso.person.Photos;
import org.sabueso.person.PhysicalDescription;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable wanted poster of a notice the public may see, worded in the reader's language
 * from the same bundles and the same {@link PublicNotice} as the portal's notice page, so the
 * paper and the page never say different things.
 */
@Component
class Posters {

    private final PublicNotices publicNotices;
    private final ObjectProvider<Photos> photos;
    private final MessageSource messages;
    private final Clock clock;

    Posters(PublicNotices publicNotices, ObjectProvider<Photos> photos, MessageSource messages, Clock clock) {
        this.publicNotices = publicNotices;
        this.photos = photos;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The poster as PDF, or empty when the notice is not public and open.
     *
     * @param siteUrl the site's address without a trailing slash ("https://sabueso.example"),
     *                for the QR code to the notice's tip form
     */
    Optional<byte[]> pdf(UUID noticeId, Locale locale, String siteUrl) {
        return publicNotices.wanted(noticeId).map(n -> {
            try {
                return PosterPdf.render(content(n, publicNotices.of(List.of(n), locale).getFirst(), locale, siteUrl));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Where the QR code leads: the notice's public tip form, in the poster's language. */
    static String tipUrl(String siteUrl, UUID noticeId, Locale locale) {
        String url = siteUrl + "/notices/" + noticeId + "/tip";
        return "es".equals(locale.getLanguage()) ? url : url + "?lang=" + locale.getLanguage();
    }

    private PosterContent content(NoticeDetail detail, PublicNotice n, Locale locale, String siteUrl) {
        List<String> names = Stream.concat(n.nicknames().stream().map(a -> "“" + a + "”"), n.aliases().stream()).toList();
        return new PosterContent(locale.getLanguage(), say("poster.wanted", locale),
                say("portal.issuedBy", locale, n.issuingAgency(), n.issuingCountry()), n.name(),
                names.isEmpty() ? null : say("poster.aliases", locale, String.join(", ", names)),
                say("portal.requestedAction", locale) + " " + say("action." + n.requestedAction(), locale),
                photo(detail), say("poster.noPhoto", locale), facts(n, locale),
                say("portal.offences", locale), n.offences(), say("portal.summary", locale), n.summary(),
                say("portal.reward", locale), rewards(n, locale),
                say("tip.seen." + n.sexForm(), locale), say("poster.doNotApproach", locale),
                n.hotline() == null ? say("poster.hotline.none", locale) : say("poster.hotline", locale, n.hotline().agencyName()),
                n.hotline() == null ? null : n.hotline().number(), say("poster.qr", locale),
                tipUrl(siteUrl, n.id(), locale), say("poster.footer", locale, date(LocalDate.now(clock), locale)),
                say("poster.more", locale));
    }

    private byte[] photo(NoticeDetail detail) {
        Photos source = photos.getIfAvailable();
        return source == null ? null : source.mainPhotoJpeg(new PersonId(detail.subject().id())).orElse(null);
    }

    private List<PosterContent.Fact> facts(PublicNotice n, Locale locale) {
        List<PosterContent.Fact> facts = new ArrayList<>();
        if (n.birthYear() != null) {
            facts.add(new PosterContent.Fact(say("subject.birthYear", locale), n.birthYear().toString()));
        }
        if (!n.nationalities().isEmpty()) {
            facts.add(new PosterContent.Fact(say("subject.nationalities", locale), String.join(", ", n.nationalities())));
        }
        PhysicalDescription d = n.description();
        if (d.heightCm() != null) {
            facts.add(new PosterContent.Fact(say("subject.height", locale), say("subject.height.cm", locale, d.heightCm())));
        }
        if (d.build() != null) {
            facts.add(new PosterContent.Fact(say("subject.build", locale), d.build()));
        }
        if (d.marks() != null) {
            facts.add(new PosterContent.Fact(say("subject.marks", locale), d.marks()));
        }
        return facts;
    }

    private List<PosterContent.Reward> rewards(PublicNotice n, Locale locale) {
        return n.rewards().stream().map(r -> {
            List<String> lines = new ArrayList<>();
            if (r.converted() != null) {
                lines.add(say("portal.reward.converted", locale, r.converted(), date(r.rateDate(), locale)));
                if (r.rateSource() != null) {
                    lines.add(say("portal.reward.source", locale, r.rateSource()));
                }
            }
            lines.add(say("portal.reward.offeredBy", locale, r.offeredBy()));
            if (r.conditions() != null) {
                lines.add(r.conditions());
            }
            if (r.validUntil() != null) {
                lines.add(say("portal.reward.until", locale, date(r.validUntil(), locale)));
            }
            return new PosterContent.Reward(r.amount(), lines);
        }).toList();
    }

    private String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofPattern(say("format.date", locale), locale).format(day);
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
