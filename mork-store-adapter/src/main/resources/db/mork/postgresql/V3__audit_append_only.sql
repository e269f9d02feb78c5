-- PostgreSQL only: the audit trail refuses UPDATE and DELETE (H2 relies on the adapter, insert-only).
CREATE FUNCTION mork_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$;
CREATE TRIGGER tr_audit_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION mork_audit_append_only();
