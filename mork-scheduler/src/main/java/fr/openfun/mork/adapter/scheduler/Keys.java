package fr.openfun.mork.adapter.scheduler;

import fr.openfun.mork.domain.model.ServiceName;
import java.util.UUID;
import org.quartz.JobKey;
import org.quartz.TriggerKey;

/** Names of Mork's jobs and triggers in the Quartz store (shared by every node). */
final class Keys {
  static final String TASKS = "mork-tasks";
  static final String SCHEDULES = "mork-schedules";
  static final String RECONCILERS = "mork-reconcilers";

  private Keys() {}

  static JobKey task(UUID taskId) {
    return JobKey.jobKey(taskId.toString(), TASKS);
  }

  static TriggerKey taskTrigger(UUID taskId) {
    return TriggerKey.triggerKey(taskId.toString(), TASKS);
  }

  static JobKey schedule(String name) {
    return JobKey.jobKey(name, SCHEDULES);
  }

  static TriggerKey scheduleTrigger(String name) {
    return TriggerKey.triggerKey(name, SCHEDULES);
  }

  static JobKey reconciler(ServiceName service) {
    return JobKey.jobKey(service.value(), RECONCILERS);
  }

  static TriggerKey reconcilerTrigger(ServiceName service) {
    return TriggerKey.triggerKey(service.value(), RECONCILERS);
  }

  /** A one-shot trigger that fires a reconciler now, when work for it just appeared. */
  static TriggerKey reconcilerKick(ServiceName service, UUID kick) {
    return TriggerKey.triggerKey(service.value() + "-now-" + kick, RECONCILERS);
  }
}
