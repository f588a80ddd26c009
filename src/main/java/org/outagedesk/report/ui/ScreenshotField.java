package org.outagedesk.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The optional screenshot: images only and size-limited in the browser for quick feedback;
 * the service checks the bytes again (by content) when the report is sent.
 */
class ScreenshotField extends Div {

    private final Upload upload;
    private final Span error = new Span();
    private byte[] bytes;
    private String fileName;

    ScreenshotField(int maxBytes) {
        addClassName("screenshot-field");
        int megabytes = Math.max(1, maxBytes / (1024 * 1024));
        Span label = new Span(getTranslation("report.form.screenshot"));
        label.addClassName("field-label");
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            bytes = data;
            fileName = metadata.fileName();
            getUI().ifPresent(ui -> ui.access(() -> showError(null)));
        }));
        upload.setId("report-screenshot");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", "image/webp");
        upload.setI18n(i18n(megabytes));
        upload.addFileRejectedListener(rejected -> showError(getTranslation("report.form.screenshot.rejected",
                megabytes)));
        upload.addFileRemovedListener(removed -> clear());
        Span helper = new Span(getTranslation("report.form.screenshot.helper", megabytes));
        helper.addClassName("field-helper");
        error.addClassName("field-error");
        error.setId("report-screenshot-error");
        error.setVisible(false);
        add(label, upload, helper, error);
    }

    private UploadI18N i18n(int megabytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("report.form.screenshot.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("report.form.screenshot.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("report.form.screenshot.rejected", megabytes))
                .setIncorrectFileType(getTranslation("report.form.screenshot.rejected", megabytes)));
        return i18n;
    }

    byte[] bytes() {
        return bytes;
    }

    String fileName() {
        return fileName;
    }

    /** Shows the server's refusal (or nothing, with {@code null}). */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        upload.getElement().setAttribute("invalid", message != null);
    }

    void clear() {
        bytes = null;
        fileName = null;
        upload.clearFileList();
        showError(null);
    }
}
