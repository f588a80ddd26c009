package org.outagedesk.review;

import org.outagedesk.base.UserFacingException;

/** A refusal in the review flow the person can act on (see {@link UserFacingException}). */
public class ReviewException extends UserFacingException {

    public ReviewException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
