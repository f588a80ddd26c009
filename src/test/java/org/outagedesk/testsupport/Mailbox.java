package org.outagedesk.testsupport;

import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person's inbox on the demo mail server, read over real IMAP (any password works there). */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("https?://\\S+?\\?token=[A-Za-z0-9_-]+");

    /** A mail as read over IMAP: subject, text and HTML alternatives, and the MIME types it is made of. */
    public record Mail(String subject, String text, String html, List<String> mimeTypes) {

        /** The single-use link the mail carries. */
        public String link() {
            Matcher matcher = LINK.matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link in mail '" + subject + "':\n" + text);
            }
            return matcher.group();
        }

        public String token() {
            String link = link();
            return link.substring(link.indexOf("token=") + "token=".length());
        }
    }

    private final String host;
    private final int port;
    private final String address;

    public Mailbox(String host, int port, String address) {
        this.host = host;
        this.port = port;
        this.address = address;
    }

    /** Waits (bounded) until the inbox holds at least {@code count} mails and returns the last of them. */
    public Mail awaitMail(int count) {
        List<Mail> mails = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions().until(this::read, found -> found.size() >= count);
        return mails.get(count - 1);
    }

    /**
     * Waits (bounded) for a mail whose subject starts with {@code subjectStart}, removes it from the
     * inbox and returns it: a test that counts other mails sets it aside first (e.g. a report's receipt).
     */
    public Mail awaitAndRemove(String subjectStart) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> remove(subjectStart), java.util.Objects::nonNull);
    }

    private Mail remove(String subjectStart) throws MessagingException, IOException {
        Store store = store();
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Mail removed = null;
            try {
                for (Message message : inbox.getMessages()) {
                    if (removed == null && message.getSubject() != null
                            && message.getSubject().startsWith(subjectStart)) {
                        removed = parse(message);
                        message.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
                    }
                }
                return removed;
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
    }

    private Store store() throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(host, port, address, "any password");
        return store;
    }

    /** Every mail in the inbox, oldest first. */
    public List<Mail> read() throws MessagingException, IOException {
        Store store = store();
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(parse(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** Reads a mail's subject, text and HTML alternatives and MIME structure. */
    public static Mail parse(Message message) throws MessagingException, IOException {
        List<String> types = new ArrayList<>();
        String[] bodies = new String[2];
        walk(message, types, bodies);
        return new Mail(message.getSubject(), bodies[0], bodies[1], types);
    }

    private static void walk(Part part, List<String> types, String[] bodies) throws MessagingException, IOException {
        types.add(part.getContentType().toLowerCase(Locale.ROOT).split(";")[0].strip());
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, types, bodies);
            }
        } else if (part.isMimeType("text/plain")) {
            bodies[0] = (String) part.getContent();
        } else if (part.isMimeType("text/html")) {
            bodies[1] = (String) part.getContent();
        }
    }
}
