-- PostgreSQL only: trigram indexes for the API's partial, case-insensitive email/username search.
-- pg_trgm is a trusted extension (PostgreSQL >= 13); where it cannot be created, search still works
-- by scanning the users table, so the migration carries on.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX ix_users_email_trgm ON users USING gin (email gin_trgm_ops);
  CREATE INDEX ix_users_username_trgm ON users USING gin (username gin_trgm_ops);
EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
  RAISE NOTICE 'pg_trgm unavailable: partial search will scan the users table';
END;
$$;
