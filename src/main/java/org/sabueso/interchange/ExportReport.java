package org.sabueso.interchange;

/** What an export wrote: {@code Person} and {@code Sanction} (notice) entities. */
public record ExportReport(long persons, long notices) {
}
