-- H2: the embedded mode uses Quartz's RAM job store, so no Quartz tables. Keeps histories aligned.
SELECT 1;
