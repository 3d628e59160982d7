/**
 * The web shell: security configuration, layout and navigation, error pages and RFC 9457
 * problem answers, languages. Modules bring their own controllers and templates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package org.sabueso.web;
