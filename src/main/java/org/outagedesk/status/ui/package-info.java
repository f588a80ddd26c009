/**
 * The status module's screens: planned maintenance for IT staff and its banner on every signed-in
 * page; the admin screen of the status mirror (each target, how its writing goes, writing again now).
 */
package org.outagedesk.status.ui;
