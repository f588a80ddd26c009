package org.outagedesk.alert.internal;

/** An alert body that parsed but makes no sense (missing field, unknown status): answered 400 with the reason. */
class AlertRejected extends RuntimeException {

    private final String field;

    AlertRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
