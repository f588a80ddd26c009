/** The review screens: the review page, its print view, and the action-item list. */
package org.outagedesk.review.ui;
