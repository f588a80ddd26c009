package org.outagedesk.metrics.ui;

/** The period picker's choices; CUSTOM uses the two dates. */
enum PeriodChoice {
    LAST_30(30),
    LAST_90(90),
    LAST_365(365),
    CUSTOM(0);

    final int days;

    PeriodChoice(int days) {
        this.days = days;
    }
}
