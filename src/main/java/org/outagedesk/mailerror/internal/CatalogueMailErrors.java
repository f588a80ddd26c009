package org.outagedesk.mailerror.internal;

import java.util.Locale;
import java.util.Optional;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.EnhancedStatusCode;
import org.outagedesk.mailerror.ErrorExplanation;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.mailerror.Protocol;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/** {@link MailErrors} by the catalogue file, in words from the {@code mailerror} bundles. */
@Service
public class CatalogueMailErrors implements MailErrors {

    private static final int LAST_NAMED_SUBJECT = 7;

    private final Catalogue catalogue;
    private final BundleI18NProvider i18n;

    @Autowired
    public CatalogueMailErrors(BundleI18NProvider i18n) {
        this(Catalogue.load(), i18n);
    }

    CatalogueMailErrors(Catalogue catalogue, BundleI18NProvider i18n) {
        this.catalogue = catalogue;
        this.i18n = i18n;
    }

    @Override
    public ErrorSignature signature(String errorText) {
        ScannedText text = ScannedText.of(errorText);
        Optional<CatalogueEntry> entry = BestEntry.in(catalogue, text);
        Integer reply = text.smtpReply() != null ? text.smtpReply() : text.httpStatus();
        Protocol protocol = protocol(text, entry.orElse(null));
        if (reply == null && text.enhanced() == null && text.clientCode() == null && protocol == null
                && entry.isEmpty()) {
            return ErrorSignature.NONE;
        }
        return new ErrorSignature(reply, text.enhanced(), protocol, text.clientCode(),
                entry.map(CatalogueEntry::side).orElse(null), entry.map(CatalogueEntry::category).orElse(null),
                entry.map(CatalogueEntry::key).orElse(null));
    }

    @Override
    public ErrorSignature entry(String entryKey) {
        return Optional.ofNullable(entryKey).flatMap(catalogue::entry)
                .map(found -> new ErrorSignature(null, null, found.protocol(), found.clientCode(), found.side(),
                        found.category(), found.key()))
                .orElse(ErrorSignature.NONE);
    }

    @Override
    public ErrorExplanation explain(ErrorSignature signature, Locale language) {
        Locale reader = BundleI18NProvider.supported(language);
        Optional<CatalogueEntry> entry = Optional.ofNullable(signature.entryKey()).flatMap(catalogue::entry);
        String meaning = entry.map(found -> words(found.meaningKey(), reader))
                .orElseGet(() -> words("mailerror.unrecognised", reader));
        return new ErrorExplanation(signature, reader, meaning,
                entry.map(found -> words(found.causeKey(), reader)).orElse(null),
                signature.side() == null ? null : words("mailerror.side." + signature.side(), reader),
                signature.category() == null ? null : words("mailerror.category." + signature.category(), reader),
                signature.enhancedCode() == null ? null : enhancedInWords(signature.enhancedCode(), reader));
    }

    /**
     * An HTTP status alone means webmail (ActiveSync when named); else the entry's protocol; else SMTP
     * when a reply or enhanced code was found; else the protocol the words name first.
     */
    private static Protocol protocol(ScannedText text, CatalogueEntry entry) {
        boolean smtpCodes = text.smtpReply() != null || text.enhanced() != null;
        Protocol protocol;
        if (text.httpStatus() != null && !smtpCodes) {
            protocol = Protocol.HTTP;
        } else if (entry != null && entry.protocol() != null) {
            protocol = entry.protocol();
        } else if (smtpCodes) {
            protocol = Protocol.SMTP;
        } else {
            protocol = text.namedProtocol();
        }
        return protocol == Protocol.HTTP && text.namesActiveSync() ? Protocol.ACTIVESYNC : protocol;
    }

    private String enhancedInWords(EnhancedStatusCode code, Locale reader) {
        String subject = code.subject() <= LAST_NAMED_SUBJECT ? String.valueOf(code.subject()) : "other";
        return words("mailerror.class." + code.statusClass(), reader) + " · "
                + words("mailerror.subject." + subject, reader);
    }

    private String words(String key, Locale reader) {
        return i18n.getTranslation(key, reader);
    }
}
