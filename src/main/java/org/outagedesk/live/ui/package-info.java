/** Helpers that connect views to live topics. */
@org.springframework.modulith.NamedInterface("ui")
package org.outagedesk.live.ui;
