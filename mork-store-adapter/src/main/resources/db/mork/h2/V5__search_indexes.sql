-- H2: no expression indexes; the embedded store is small enough to scan. Keeps histories aligned.
SELECT 1;
