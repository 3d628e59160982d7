package org.sabueso.person;

import org.sabueso.shared.Refusal;

/**
 * Why what is said about a person is refused: their name, aliases, documents and description, as
 * a notice's form, an import or a screening gives them. Messages under {@code problem.<code>} in
 * i18n/messages*.properties; a missing name or an unknown country is the value types' own
 * {@link org.sabueso.shared.ValueRefusal}.
 */
public enum PersonRefusal implements Refusal.Code {
    /** Args: the longest name. */
    NAME_LONG("name.long"),
    NAME_CONTROL("name.control"),
    ALIAS_EMPTY("alias.empty"),
    ALIAS_LONG("alias.long"),
    DOCUMENT_INCOMPLETE("document.incomplete"),
    DOCUMENT_LONG("document.long"),
    HEIGHT_RANGE("height.range"),
    /** Args: the longest build or marks. */
    DESCRIPTION_LONG("description.long"),
    /** Args: the person id. */
    NOT_FOUND("person.not-found"),
    /** Photos are attached by analysts, supervisors and prison officers of the agency that recorded the person or issued a notice on them. */
    PHOTO_NOT_ALLOWED("person.photo.not-allowed"),
    /** Args: the photo id. */
    PHOTO_NOT_FOUND("person.photo.not-found"),
    /** Args: the node the copy came from. A copy of another node's subject changes only by that node (issue 16). */
    COPY_READ_ONLY("person.copy-read-only"),
    /** Args: the person id. A copy may not overwrite a person of this node, or a copy from another node. */
    COPY_OF_OWN("person.copy-of-own");

    private final String code;

    PersonRefusal(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
