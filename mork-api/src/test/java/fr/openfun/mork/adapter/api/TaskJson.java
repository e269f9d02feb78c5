package fr.openfun.mork.adapter.api;

/** Expected JSON documents of the task extension routes. */
final class TaskJson {
  static final String DRY_RUN =
      """
      {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","type":"delete_inactive_users","status":"SUCCESS",
       "dry_run":true,"parameters":{"limit":100,"force":false,"only_edx_user_ids":[]},
       "progress":{"scanned":120,"selected":2,"succeeded":0,"skipped":0,"failed":0,"cursor":4215},
       "report":{"type":"delete_inactive_users","dry_run":true,
         "progress":{"scanned":120,"selected":2,"succeeded":0,"skipped":0,"failed":0,"cursor":4215},
         "outcomes":{"would_delete":2},"entries":[],"entries_truncated":false,
         "selected_edx_user_ids":[4211,4215],"stopped_because":null},
       "created_at":"2024-03-01T10:15:30+00:00","started_at":"2024-03-01T10:15:31.250000+00:00",
       "finished_at":"2024-03-01T10:16:02+00:00","error":null,"requested_by":"ops"}
      """;

  private TaskJson() {}
}
