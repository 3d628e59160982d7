package org.sabueso.network.web;

import java.util.Locale;

import org.sabueso.network.LinkType;
import org.springframework.context.MessageSource;

/**
 * Link types and roles in the reader's language ("Miembro de (líder)", "Member of (leader)"):
 * codes cross the API, words are made here at the edge. A role with no words in the bundles is
 * free text someone typed (an imported relationship) and is shown as typed.
 */
final class LinkWords {

    private final MessageSource messages;
    private final Locale locale;

    LinkWords(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String type(LinkType type) {
        return messages.getMessage("network.link." + type.name(), null, type.name(), locale);
    }

    String role(String role) {
        return role == null || role.isBlank() ? null : messages.getMessage("network.role." + role, null, role, locale);
    }

    /** The type, with the role in brackets when the link has one. */
    String link(LinkType type, String role) {
        String r = role(role);
        return r == null ? type(type) : type(type) + " (" + r + ")";
    }

    /** A group's links of one type: the type and how many links it stands for. */
    String groupLink(LinkType type, int count) {
        return messages.getMessage("network.group.link", new Object[]{type(type), count}, locale);
    }

    /** A group node's label: the organisation and how many members are folded into it. */
    String group(String organisation, int members) {
        return messages.getMessage("network.group.label", new Object[]{organisation, members}, locale);
    }
}
