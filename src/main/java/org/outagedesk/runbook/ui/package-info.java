/** The checklist on the incident page and the admins' template editor. */
package org.outagedesk.runbook.ui;
