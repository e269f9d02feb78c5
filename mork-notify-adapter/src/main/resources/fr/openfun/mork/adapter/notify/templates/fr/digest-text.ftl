Rapport Mork : ${task}<#if dryRun> (simulation, rien n'a été modifié)</#if>

Examinés : ${scanned}
Sélectionnés : ${selected}
Réussis : ${succeeded}
Ignorés : ${skipped}
Échecs : ${failed}
<#list outcomes as outcome, count>
${outcome} : ${count}
</#list>
<#if stoppedBecause?has_content>
Arrêt anticipé : ${stoppedBecause}
</#if>
<#if entries?has_content>

Utilisateurs à examiner :
<#list entries as e>
- ${e.edxUserId?c} ${e.who} : ${e.outcome} ${e.detail}
</#list>
<#if entriesTruncated>(liste tronquée)</#if>
</#if>
