package org.sabueso.portal;

import java.util.Locale;
import java.util.UUID;

import org.sabueso.web.RequestValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /notices/{id}/poster.pdf}: the printable A4 wanted poster of a notice the public may
 * see, in the page's language ({@code ?lang=en}). Any other notice answers 404, like its page.
 */
@Controller
class PosterController {

    private final Posters posters;
    private final MessageSource messages;
    private final String publicUrl;

    PosterController(Posters posters, MessageSource messages, @Value("${sabueso.public-url:}") String publicUrl) {
        this.posters = posters;
        this.messages = messages;
        this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
    }

    @GetMapping("/notices/{id}/poster.pdf")
    ResponseEntity<byte[]> poster(@PathVariable String id, Locale locale) {
        UUID noticeId = RequestValues.pathId(id);
        byte[] pdf = posters.pdf(noticeId, locale, siteUrl())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String file = messages.getMessage("poster.file", null, locale) + "-" + noticeId + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                // the poster follows the notice: once it is closed or withdrawn, no copy should linger
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }

    /**
     * The address printed in the QR code: {@code sabueso.public-url} when set (what a deployment
     * behind a proxy must set), else the address this request came to.
     */
    private String siteUrl() {
        return publicUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() : publicUrl;
    }
}
