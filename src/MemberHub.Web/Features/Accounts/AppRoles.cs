namespace MemberHub.Web.Features.Accounts;

/// <summary>Staff roles kept in Identity. Being a paying member is not a role: it comes from the membership.</summary>
public static class AppRoles
{
    public const string Owner = "Owner";
    public const string Expert = "Expert";
    public const string Moderator = "Moderator";

    public static readonly string[] All = [Owner, Expert, Moderator];

    /// <summary>The roles the Owner hands out on the People page.</summary>
    public static readonly string[] Assignable = [Expert, Moderator];
}

public static class AppPolicies
{
    public const string OwnerOnly = "OwnerOnly";
}

public static class AppClaims
{
    public const string DisplayName = "memberhub:display_name";
    public const string Culture = "memberhub:culture";
    public const string TimeZone = "memberhub:time_zone";
}
