package org.outagedesk.runbook;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the runbook module ({@code outagedesk.runbook.*}).
 */
@ConfigurationProperties("outagedesk.runbook")
public class RunbookProperties {

    /** The built-in template of the customer's mail-outage SOP. */
    public static final String MAIL_OUTAGE = "mail-outage";

    /** The lighter built-in template for problems of a single user. */
    public static final String SINGLE_USER = "single-user";

    /**
     * Whether open required items of earlier phases stop an incident from moving to a later
     * phase (on by default; tests that move phases freely turn it off).
     */
    private volatile boolean phaseGates = true;

    /** The template a new incident's run starts with. */
    private String defaultTemplate = MAIL_OUTAGE;

    public boolean isPhaseGates() {
        return phaseGates;
    }

    public void setPhaseGates(boolean phaseGates) {
        this.phaseGates = phaseGates;
    }

    public String getDefaultTemplate() {
        return defaultTemplate;
    }

    public void setDefaultTemplate(String defaultTemplate) {
        this.defaultTemplate = defaultTemplate;
    }
}
