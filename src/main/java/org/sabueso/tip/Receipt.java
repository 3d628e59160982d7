package org.sabueso.tip;

/**
 * The codename handed to the tipster once, after the tip is stored; only its keyed hash is kept.
 * With it the tipster comes back without an account.
 */
public record Receipt(String codename) {
}
