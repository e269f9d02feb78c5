Bonjour ${username},

Vous ne vous êtes pas connecté·e à ${siteName} depuis longtemps. Sans connexion de votre part, votre compte et les données qui lui sont associées seront supprimés le ${deletionDate}, dans ${daysLeft} jour<#if (daysLeft > 1)>s</#if>.

Pour conserver votre compte, il suffit de vous connecter avant cette date :
${loginUrl}

Ce message est le rappel ${reminder} sur ${ofReminders}.

L'équipe ${siteName}
${siteBaseUrl}
