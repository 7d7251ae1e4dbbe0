namespace MemberHub.Web.Features.Accounts;

/// <summary>A feature's share of a member's personal-data download (profile, posts, memberships...).</summary>
public interface IPersonalDataSource
{
    /// <summary>The key this feature's data appears under in PersonalData.json.</summary>
    string Name { get; }

    Task<object?> ExportAsync(string userId, CancellationToken cancellationToken);
}
