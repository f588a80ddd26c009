package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;

/**
 * Serves the files attached to the checklist a page shows: one download address for the page while
 * it is open, the file named by its evidence id. Only files the page shows are served, and the
 * service checks that the person may read the checklist.
 */
final class EvidenceFiles {

    /**
     * Uploaded files are shown in the page only when their declared type is a raster image, which a
     * browser never runs as a page; anything else (HTML, SVG, executables) is downloaded as bytes.
     */
    private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

    private final RunbookService runbooks;
    private final Map<Long, Evidence> shown = new ConcurrentHashMap<>();
    private StreamRegistration registration;

    /** Serves while {@code owner} is in the page; the address goes when it does. */
    EvidenceFiles(RunbookService runbooks, Component owner) {
        this.runbooks = runbooks;
        owner.addAttachListener(attach -> registration = VaadinSession.getCurrent().getResourceRegistry()
                .registerResource((DownloadHandler) this::serve, owner.getElement()));
        owner.addDetachListener(detach -> {
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        });
    }

    /** Keeps which files the page shows: those of these items. */
    void show(Collection<RunbookItem> items) {
        shown.clear();
        items.forEach(item -> item.evidence().stream().filter(e -> e.kind() == EvidenceKind.FILE)
                .forEach(e -> shown.put(e.id(), e)));
    }

    /** Where the browser fetches the file; empty while the page is not attached. */
    String url(Evidence file) {
        return registration == null ? "" : registration.getResourceUri().toString() + "?evidence=" + file.id();
    }

    private void serve(DownloadEvent event) throws IOException {
        Evidence file = evidenceOf(event.getRequest().getParameter("evidence"));
        if (file == null) {
            event.getResponse().setStatus(404);
            return;
        }
        byte[] content = runbooks.evidenceContent(file.id());
        boolean image = INLINE_TYPES.contains(file.contentType());
        event.setContentType(image ? file.contentType() : "application/octet-stream");
        if (image) {
            event.inline(file.fileName());
        } else {
            event.setFileName(file.fileName());
        }
        event.setContentLength(content.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(content);
        }
    }

    private Evidence evidenceOf(String id) {
        return id == null || !id.matches("\\d{1,18}") ? null : shown.get(Long.parseLong(id));
    }
}
