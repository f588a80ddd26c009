/** Screens of the incident module: triage queue, incident board, incident page. */
package org.outagedesk.incident.ui;
