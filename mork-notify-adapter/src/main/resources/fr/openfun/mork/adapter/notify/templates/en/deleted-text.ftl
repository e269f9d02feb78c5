Hello ${username},

As you had not logged in for a long time, your ${siteName} account and its data were deleted on ${deletionDate}.

You can create a new account at any time on ${siteBaseUrl}

The ${siteName} team
