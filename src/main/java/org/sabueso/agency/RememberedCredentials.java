package org.sabueso.agency;

/**
 * The details of an authentication that re-used credentials verified a few minutes earlier (an API
 * client sending HTTP Basic on every request): not a new login, so the audit trail does not
 * record it as one. {@code original} is what the web layer attached (client address).
 */
public record RememberedCredentials(Object original) {
}
