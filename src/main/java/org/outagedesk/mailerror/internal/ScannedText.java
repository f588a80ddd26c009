package org.outagedesk.mailerror.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.outagedesk.mailerror.EnhancedStatusCode;
import org.outagedesk.mailerror.Protocol;

/**
 * The codes found in a folded error text, with patterns that run in linear time (bounded
 * repetitions, no nested quantifiers): the first SMTP reply code, preferably the one written next
 * to an enhanced status code ({@code 550 5.1.1}, {@code 550-5.1.1}, {@code 550 #5.1.0}); the first
 * enhanced code; an HTTP status written as such ({@code HTTP 503}, {@code HTTP/1.1 401}); the first
 * client code ({@code 0x800CCC0E}); and the protocol the words name first. A reply code alone in a
 * text that names webmail or ActiveSync is taken as an HTTP status. The {@code words} are the folded
 * text without reply and status codes, so that a phrase a server wrapped over several reply lines
 * ({@code 550-5.7.26 ... domain's\n550-5.7.26 DMARC policy}) reads as one.
 */
record ScannedText(String folded, String words, Integer smtpReply, Integer httpStatus, EnhancedStatusCode enhanced,
        String clientCode, Protocol namedProtocol) {

    /** class.subject.detail, not part of a longer dotted number (an IP address, a version). */
    private static final String ENHANCED_CODE = "#?([245])\\.([0-9]{1,3})\\.([0-9]{1,3})(?![0-9]|\\.[0-9])";
    private static final Pattern REPLY_WITH_ENHANCED = Pattern.compile(
            "(?<![0-9a-z.])([245][0-9]{2})(?:[ -]|: ?)" + ENHANCED_CODE);
    private static final Pattern ENHANCED = Pattern.compile("(?<![0-9a-z.])" + ENHANCED_CODE);
    private static final Pattern REPLY_LINE_PREFIX = Pattern.compile(
            "(?<![0-9a-z.])[245][0-9]{2}[ -]" + ENHANCED_CODE + " ?");
    /** A reply code alone, followed by words ("550 requested action"), never by a unit ("552 mb"). */
    private static final Pattern REPLY = Pattern.compile(
            "(?<![0-9a-z.,/])([45][0-5][0-9])(?:[ -]|: ?)(?!(?:mb|kb|gb|bytes|ms|min|seg|sec)\\b)(?=[a-z#<'\"(\\[])");
    private static final Pattern HTTP_STATUS = Pattern.compile(
            "(?<![a-z])http(?:/[0-9.]{1,3})?(?: error| status| code)?:? ?([1-5][0-9]{2})(?![0-9])");
    private static final Pattern CLIENT_CODE = Pattern.compile("(?<![0-9a-z])0x([0-9a-f]{8})(?![0-9a-z])");
    private static final Pattern PROTOCOL_WORD = Pattern.compile(
            "(?<![a-z0-9])(microsoft-server-activesync|activesync|imaps?|imap4|pop3|pop|e?smtps?|webmail|owa|roundcube"
                    + "|outlook on the web|outlook web app|correo web)(?![a-z0-9])");
    private static final Map<String, Protocol> PROTOCOL_WORDS = Map.ofEntries(
            Map.entry("microsoft-server-activesync", Protocol.ACTIVESYNC), Map.entry("activesync", Protocol.ACTIVESYNC),
            Map.entry("imap", Protocol.IMAP), Map.entry("imaps", Protocol.IMAP), Map.entry("imap4", Protocol.IMAP),
            Map.entry("pop3", Protocol.POP3), Map.entry("pop", Protocol.POP3), Map.entry("smtp", Protocol.SMTP),
            Map.entry("esmtp", Protocol.SMTP), Map.entry("smtps", Protocol.SMTP), Map.entry("esmtps", Protocol.SMTP),
            Map.entry("webmail", Protocol.HTTP), Map.entry("owa", Protocol.HTTP), Map.entry("roundcube", Protocol.HTTP),
            Map.entry("outlook on the web", Protocol.HTTP), Map.entry("outlook web app", Protocol.HTTP),
            Map.entry("correo web", Protocol.HTTP));

    /** Scans any text; never throws, reads at most the scanned part. */
    static ScannedText of(String text) {
        String folded = ErrorText.fold(text);
        Integer reply = null;
        EnhancedStatusCode enhanced = null;
        Matcher pair = REPLY_WITH_ENHANCED.matcher(folded);
        if (pair.find()) {
            reply = Integer.valueOf(pair.group(1));
            enhanced = enhanced(pair.group(2), pair.group(3), pair.group(4));
        } else {
            Matcher alone = ENHANCED.matcher(folded);
            if (alone.find()) {
                enhanced = enhanced(alone.group(1), alone.group(2), alone.group(3));
            }
        }
        Integer http = firstNumber(HTTP_STATUS, folded);
        Matcher word = PROTOCOL_WORD.matcher(folded);
        Protocol named = word.find() ? PROTOCOL_WORDS.get(word.group(1)) : null;
        if (reply == null && http == null) {
            Integer alone = firstNumber(REPLY, folded);
            boolean web = named == Protocol.HTTP || named == Protocol.ACTIVESYNC;
            http = web && enhanced == null ? alone : null;
            reply = http == null ? alone : null;
        }
        Matcher client = CLIENT_CODE.matcher(folded);
        String clientCode = client.find() ? "0x" + client.group(1).toUpperCase(Locale.ROOT) : null;
        String words = REPLY_LINE_PREFIX.matcher(folded).replaceAll("");
        return new ScannedText(folded, words, reply, http, enhanced, clientCode, named);
    }

    /** Whether the words name ActiveSync anywhere (an HTTP status from an ActiveSync device). */
    boolean namesActiveSync() {
        return folded.contains("activesync");
    }


    private static Integer firstNumber(Pattern pattern, String folded) {
        Matcher matcher = pattern.matcher(folded);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    private static EnhancedStatusCode enhanced(String statusClass, String subject, String detail) {
        return new EnhancedStatusCode(Integer.parseInt(statusClass), Integer.parseInt(subject), Integer.parseInt(detail));
    }
}
