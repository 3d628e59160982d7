package org.sabueso.network;

import java.time.LocalDate;

/** A sanction or terrorist designation of an organisation by an authority. */
public record NewDesignation(String authority, String program, LocalDate designatedOn, String source) {
}
