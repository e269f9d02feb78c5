-- H2: no trigger (H2 triggers are Java classes); the adapter only ever inserts into audit_events.
-- This version exists so that both vendors share the same migration history.
SELECT 1;
