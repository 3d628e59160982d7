package org.sabueso.screening;

/** One feature's part in a hit's score, worded for an officer: {@code name}, {@code birthDate}, … */
public record Explanation(String feature, double score, String detail) {
}
