Bonjour ${username},

Faute de connexion, votre compte ${siteName} et les données qui lui étaient associées ont été supprimés le ${deletionDate}.

Vous pouvez créer un nouveau compte à tout moment sur ${siteBaseUrl}

L'équipe ${siteName}
