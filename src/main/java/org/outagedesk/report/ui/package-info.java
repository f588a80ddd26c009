/** The report module's views: the problem form with known-outage deflection, and "My reports". */
package org.outagedesk.report.ui;
