/** Screens of the metrics module: the managers' dashboard and the review outcomes. */
package org.outagedesk.metrics.ui;
