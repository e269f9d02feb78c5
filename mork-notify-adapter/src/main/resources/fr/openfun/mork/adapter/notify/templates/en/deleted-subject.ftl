Your ${siteName} account has been deleted
