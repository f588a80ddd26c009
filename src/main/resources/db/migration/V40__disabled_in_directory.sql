-- The company directory's re-check found the entry disabled or gone: no sign-in, session or API token
-- until the directory signs the person in again (which clears it). Kept apart from the administrator's
-- own switch (enabled), which only an administrator undoes.
ALTER TABLE user_account ADD COLUMN disabled_in_directory BOOLEAN NOT NULL DEFAULT FALSE;
