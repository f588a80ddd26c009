/** Translations in Spanish and English, gathered from every module's bundles. */
@org.springframework.modulith.NamedInterface("i18n")
package org.outagedesk.base.i18n;
