package org.outagedesk.mailerror.internal;

import java.util.Optional;

/**
 * Chooses the catalogue entry for a scanned text. An entry applies when every cell it fills
 * matches; of those, the most specific wins: the server's own reply over a client's message, and
 * that over a client's headline ({@link EntrySource}); then a client code over a phrase, a phrase (the
 * longer the better) over codes alone, a fixed code over a wider one, an entry about one protocol over
 * a general one. Equal scores go to the entry written first.
 */
final class BestEntry {

    private static final int PROTOCOL_SPECIFIC = 25;
    private static final int CLIENT_CODE = 200;
    private static final int PHRASE = 50;
    private static final int PER_ENHANCED_PART = 10;
    private static final int EXACT_REPLY = 15;
    private static final int WIDE_REPLY = 5;
    private static final int NOT_APPLICABLE = -1;

    private BestEntry() {}

    static Optional<CatalogueEntry> in(Catalogue catalogue, ScannedText text) {
        CatalogueEntry best = null;
        int bestScore = NOT_APPLICABLE;
        for (CatalogueEntry entry : catalogue.entries()) {
            int score = score(entry, text);
            if (score > bestScore) {
                best = entry;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    static int score(CatalogueEntry entry, ScannedText text) {
        int score = entry.source().weight() + (entry.protocol() != null ? PROTOCOL_SPECIFIC : 0);
        if (entry.reply() != null) {
            Integer reply = entry.repliesOverHttp() ? text.httpStatus() : text.smtpReply();
            if (!entry.reply().matchesReply(reply)) {
                return NOT_APPLICABLE;
            }
            score += entry.reply().fixedParts() == 3 ? EXACT_REPLY : WIDE_REPLY;
        }
        if (entry.enhanced() != null) {
            if (text.enhanced() == null || !entry.enhanced().matchesEnhanced(text.enhanced().toString())) {
                return NOT_APPLICABLE;
            }
            score += PER_ENHANCED_PART * entry.enhanced().fixedParts();
        }
        if (entry.clientCode() != null) {
            if (!entry.clientCode().equals(text.clientCode())) {
                return NOT_APPLICABLE;
            }
            score += CLIENT_CODE;
        }
        if (!entry.phrases().isEmpty()) {
            int longest = longestPhraseFound(entry, text);
            if (longest == 0) {
                return NOT_APPLICABLE;
            }
            score += PHRASE + longest;
        }
        return score;
    }

    private static int longestPhraseFound(CatalogueEntry entry, ScannedText text) {
        int longest = 0;
        for (String phrase : entry.phrases()) {
            if (phrase.length() > longest && ErrorText.containsPhrase(text.words(), phrase)) {
                longest = phrase.length();
            }
        }
        return longest;
    }
}
