<#if lastReminder>Dernier rappel : <#else>Rappel ${reminder} : </#if>votre compte ${siteName} sera supprimé le ${deletionDate}
