package org.outagedesk.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** A report's screenshot, kept apart so listing reports never loads image bytes. */
@Entity
@Table(name = "report_screenshot")
class ReportScreenshot {

    @Id
    private Long reportId;

    private String contentType;
    private int sizeBytes;

    @Lob
    @Column(name = "image_data", columnDefinition = "LONGBLOB")
    private byte[] imageData;

    protected ReportScreenshot() {}

    ReportScreenshot(long reportId, String contentType, byte[] imageData) {
        this.reportId = reportId;
        this.contentType = contentType;
        this.sizeBytes = imageData.length;
        this.imageData = imageData.clone();
    }

    String contentType() {
        return contentType;
    }

    byte[] imageData() {
        return imageData.clone();
    }
}
