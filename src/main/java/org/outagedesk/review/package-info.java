/**
 * Post-incident reviews (SOP phase 7): the review per incident, its participants and comments,
 * findings published to managers, and action items with owners, due dates and reminders.
 * Publishes {@link org.outagedesk.review.ReviewFinalised} and
 * {@link org.outagedesk.review.ActionItemChanged} for other modules (metrics) to follow.
 */
package org.outagedesk.review;
