package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import org.outagedesk.base.ui.Texts;

/**
 * Attaches a file (a log excerpt, a screenshot, a capture) as evidence to a checklist item.
 * The browser refuses files over the limit at once; the service checks again.
 */
final class EvidenceFileUpload {

    /** What happens with an uploaded file; runs inside the UI's lock. */
    interface Receiver {
        void received(String fileName, String contentType, byte[] content);
    }

    private EvidenceFileUpload() {}

    static Upload create(String id, int maxBytes, Receiver receiver) {
        Upload upload = new Upload();
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setDropAllowed(false);
        upload.addClassName("runbook-evidence-upload");
        int megabytes = Math.max(1, maxBytes / (1024 * 1024));
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Texts.t("runbook.evidence.file")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(Texts.t("runbook.error.file-too-large", megabytes)));
        upload.setI18n(i18n);
        Button button = new Button(Texts.t("runbook.evidence.file"), VaadinIcon.UPLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        upload.setUploadButton(button);
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> upload.getUI().ifPresent(ui -> ui.access(() -> {
            receiver.received(metadata.fileName(), metadata.contentType(), data);
            upload.clearFileList();
        }))));
        return upload;
    }
}
