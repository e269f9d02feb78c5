[${siteName}] Mork ${task}<#if dryRun> (dry run)</#if>: ${succeeded} succeeded, ${failed} failed
