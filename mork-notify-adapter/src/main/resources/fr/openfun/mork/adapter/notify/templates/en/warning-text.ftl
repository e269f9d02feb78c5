Hello ${username},

You have not logged in to ${siteName} for a long time. Unless you log in, your account and its data will be deleted on ${deletionDate}, in ${daysLeft} day<#if (daysLeft > 1)>s</#if>.

To keep your account, just log in before that date:
${loginUrl}

This is reminder ${reminder} of ${ofReminders}.

The ${siteName} team
${siteBaseUrl}
