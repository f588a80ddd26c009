/** The admin screen of the alert intake: the alert token, the label mapping, recent alerts. */
package org.outagedesk.alert.ui;
