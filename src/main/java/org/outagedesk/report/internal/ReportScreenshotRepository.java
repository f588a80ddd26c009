package org.outagedesk.report.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportScreenshotRepository extends JpaRepository<ReportScreenshot, Long> {}
