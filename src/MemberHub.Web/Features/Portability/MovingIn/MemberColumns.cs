namespace MemberHub.Web.Features.Portability.MovingIn;

/// <summary>Which column of a member export holds what MemberHub needs (the Owner confirms or changes the guess).</summary>
public sealed record MemberColumns(int Email, int? Name = null, int? FirstName = null, int? LastName = null, int? Joined = null)
{
    // The headers of the exports people bring: Circle, Skool, Mighty Networks, Ghost, and Chinese export tools.
    private static readonly string[] EmailNames = ["email", "email address", "e-mail", "mail", "邮箱", "电子邮箱", "邮件地址"];
    private static readonly string[] NameNames = ["name", "full name", "display name", "member name", "member", "昵称", "姓名", "用户名", "名字"];
    private static readonly string[] FirstNames = ["first name", "firstname", "first", "given name"];
    private static readonly string[] LastNames = ["last name", "lastname", "last", "surname", "family name"];
    private static readonly string[] JoinedNames = ["joined", "joined at", "joined date", "date joined", "join date", "created at", "signup date", "member since", "加入时间", "入群时间", "注册时间"];

    /// <summary>The mapping the headers suggest; null when no column looks like an e-mail address.</summary>
    public static MemberColumns? Suggest(IReadOnlyList<string> headers)
    {
        int? Find(string[] names) =>
            headers.Select((h, i) => (Header: Normalize(h), Index: i)).Where(h => names.Contains(h.Header)).Select(h => (int?)h.Index).FirstOrDefault();
        return Find(EmailNames) is { } email
            ? new MemberColumns(email, Find(NameNames), Find(FirstNames), Find(LastNames), Find(JoinedNames))
            : null;
    }

    /// <summary>The member's name from the mapped columns: the name column, else first and last name.</summary>
    public string? NameIn(string[] row)
    {
        string? At(int? index) => index is { } i && i < row.Length && row[i].Trim() is { Length: > 0 } value ? value : null;
        return At(Name) ?? (string.Join(' ', new[] { At(FirstName), At(LastName) }.Where(p => p is not null)) is { Length: > 0 } both ? both : null);
    }

    /// <summary>When the member joined the old platform, if the mapped column holds a date.</summary>
    public DateTime? JoinedIn(string[] row, string zone) =>
        Joined is { } i && i < row.Length ? IncomingDate.ToUtc(row[i], zone) : null;

    private static string Normalize(string header) => header.Trim().Trim('"').Replace('_', ' ').ToLowerInvariant();
}
