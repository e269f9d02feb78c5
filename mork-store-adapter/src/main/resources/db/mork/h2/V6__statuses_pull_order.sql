-- A pull service's poll (GET /v1/users?service=joanie&deletion_status=to_delete, ordered by the
-- user's creation) must not scan every status of that service: the user's creation time is copied
-- onto its statuses (it never changes), and one index serves the filter and the order.
ALTER TABLE user_service_statuses ADD COLUMN user_created_at TIMESTAMP WITH TIME ZONE;
UPDATE user_service_statuses
   SET user_created_at = (SELECT u.created_at FROM users u WHERE u.id = user_service_statuses.user_id);
ALTER TABLE user_service_statuses ALTER COLUMN user_created_at SET NOT NULL;
CREATE INDEX ix_statuses_pull ON user_service_statuses (service, status, user_created_at, user_id);
