[${siteName}] Mork ${task}<#if dryRun> (simulation)</#if> : ${succeeded} réussis, ${failed} échecs
