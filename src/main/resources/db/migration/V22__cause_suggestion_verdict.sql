-- Whether IT staff marked triage's suggested cause and first checklist items right or wrong
-- (RIGHT, WRONG, or NULL when nobody rated it), projected from the incident's timeline.
ALTER TABLE metric_incident ADD COLUMN cause_verdict VARCHAR(5) NULL;
