package org.sabueso.screening.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.sabueso.agency.Agencies;
import org.sabueso.agency.AgencyView;
import org.sabueso.agency.Capability;
import org.sabueso.agency.Viewer;
import org.sabueso.web.RequestValues;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the screening module's console pages share: reading path and query values, who may do what. */
final class Pages {

    private Pages() {
    }

    /** An agency as the pages name it: its name and its country in the page's language. */
    record Agency(String id, String name, String country) {

        static Agency of(Agencies agencies, String id, Locale locale) {
            if (id == null) {
                return new Agency(null, "", "");
            }
            Optional<AgencyView> a = agencies.find(id);
            return new Agency(id, a.map(AgencyView::name).orElse(id),
                    a.map(v -> v.country().displayName(locale)).orElse(""));
        }
    }

    static boolean mayScreen(Viewer viewer) {
        return Capability.SCREEN.allows(viewer);
    }

    /** Analysts and supervisors of an agency answer hits on its notices and decide its links. */
    static boolean analyst(Viewer viewer) {
        return Capability.ANSWER_HITS.allows(viewer);
    }

    static void require(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The record a path names; text that is not an id names nothing: 404, as for an unknown id. */
    static UUID id(String text) {
        return RequestValues.pathId(text);
    }

    /** The constant named by a query value, in any case, or {@code otherwise}: a filter narrows, never refuses. */
    static <E extends Enum<E>> E choice(Class<E> type, String value, E otherwise) {
        return RequestValues.choiceOr(type, value, otherwise);
    }
}
