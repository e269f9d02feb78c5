<#if lastReminder>Last reminder: <#else>Reminder ${reminder}: </#if>your ${siteName} account will be deleted on ${deletionDate}
