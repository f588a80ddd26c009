package org.outagedesk.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.NoticeLabel;
import org.springframework.stereotype.Component;

/** Message keys with typed arguments turned into words for one reader: their language, their zone. */
@Component
class ReaderTexts {

    private final BundleI18NProvider i18n;

    ReaderTexts(BundleI18NProvider i18n) {
        this.i18n = i18n;
    }

    String text(String key, Reader reader, List<?> arguments) {
        return i18n.getTranslation(key, reader.language(), arguments.stream().map(value -> words(value, reader))
                .toArray());
    }

    String text(String key, Reader reader, Object... arguments) {
        return text(key, reader, List.of(arguments));
    }

    /** Times and days in the reader's zone and language, labels in their language; numbers and text as they are. */
    private Object words(Object value, Reader reader) {
        return switch (value) {
            case Instant time -> reader.time(time);
            case LocalDate day -> reader.day(day);
            case NoticeLabel label -> i18n.getTranslation(label.key(), reader.language());
            default -> value;
        };
    }
}
