package org.sabueso.screening.web;

import java.util.Locale;

import org.sabueso.shared.CountryCode;
import org.springframework.stereotype.Component;

/**
 * A federated node as the pages name it: a national node's id is its country's code ("VE"), so
 * the officer reads the country in the page's language ("waiting for Venezuela"); any other id
 * (a border post's, "CO-CUCUTA") is shown as it is. Used by the screening templates as
 * {@code @nodeNames}.
 */
@Component("nodeNames")
public class NodeNames {

    public String name(String nodeId, Locale locale) {
        if (nodeId == null) {
            return "";
        }
        return CountryCode.isValid(nodeId) ? CountryCode.of(nodeId).displayName(locale) : nodeId;
    }
}
