/** The status module's screens: planned maintenance for IT staff, and its banner on every signed-in page. */
package org.outagedesk.status.ui;
