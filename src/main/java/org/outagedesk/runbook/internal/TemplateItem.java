package org.outagedesk.runbook.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.incident.Phase;
import org.outagedesk.runbook.ItemKind;
import org.outagedesk.runbook.TemplateItemDraft;

/** An item of a template version; immutable like its version. */
@Entity
@Immutable
@Table(name = "runbook_template_item")
class TemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long templateId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Phase phase;

    private int position;
    private String titleEs;
    private String titleEn;
    private String hintEs;
    private String hintEn;
    private boolean required;
    private boolean secondVerifier;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ItemKind kind;

    protected TemplateItem() {}

    TemplateItem(long templateId, int position, TemplateItemDraft draft) {
        this.templateId = templateId;
        this.phase = draft.phase();
        this.position = position;
        this.titleEs = draft.titleEs().strip();
        this.titleEn = draft.titleEn().strip();
        this.hintEs = blankToNull(draft.hintEs());
        this.hintEn = blankToNull(draft.hintEn());
        this.required = draft.required();
        this.kind = draft.kind();
        this.secondVerifier = draft.needsSecondVerifier() || draft.kind() == ItemKind.VERIFICATION;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long id() {
        return id;
    }

    Phase phase() {
        return phase;
    }

    int position() {
        return position;
    }

    String titleEs() {
        return titleEs;
    }

    String titleEn() {
        return titleEn;
    }

    String hintEs() {
        return hintEs;
    }

    String hintEn() {
        return hintEn;
    }

    boolean required() {
        return required;
    }

    boolean secondVerifier() {
        return secondVerifier;
    }

    ItemKind kind() {
        return kind;
    }

    TemplateItemDraft draft() {
        return new TemplateItemDraft(phase, titleEs, titleEn, hintEs, hintEn, required, secondVerifier, kind);
    }
}
