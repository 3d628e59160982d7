/**
 * Value types shared by every module: country codes, partial dates, money, person names, and the
 * small contracts (audited actions, sub-commands) that modules publish or implement. No beans.
 */
package org.sabueso.shared;
