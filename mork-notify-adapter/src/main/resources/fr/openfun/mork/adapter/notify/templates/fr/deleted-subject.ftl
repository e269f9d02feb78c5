Votre compte ${siteName} a été supprimé
