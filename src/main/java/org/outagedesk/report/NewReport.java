package org.outagedesk.report;

import java.time.Instant;

/** What a reporter submits. The screenshot is optional (PNG, JPEG, GIF or WebP, checked by content). */
public record NewReport(
        Symptom symptom,
        MailClient client,
        String description,
        String errorText,
        Instant startedAt,
        String affectedAddress,
        byte[] screenshot,
        String screenshotName) {}
