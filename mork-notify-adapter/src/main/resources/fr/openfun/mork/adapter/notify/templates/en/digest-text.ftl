Mork report: ${task}<#if dryRun> (dry run, nothing was changed)</#if>

Scanned: ${scanned}
Selected: ${selected}
Succeeded: ${succeeded}
Skipped: ${skipped}
Failed: ${failed}
<#list outcomes as outcome, count>
${outcome}: ${count}
</#list>
<#if stoppedBecause?has_content>
Stopped early: ${stoppedBecause}
</#if>
<#if entries?has_content>

Users to look at:
<#list entries as e>
- ${e.edxUserId?c} ${e.who}: ${e.outcome} ${e.detail}
</#list>
<#if entriesTruncated>(list truncated)</#if>
</#if>
