package org.outagedesk.incident.internal;

/** What one change did to one field, as text for the timeline ({@code null} values allowed). */
record FieldChange(String field, String before, String after) {

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
