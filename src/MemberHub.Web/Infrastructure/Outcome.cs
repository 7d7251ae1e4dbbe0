namespace MemberHub.Web.Infrastructure;

/// <summary>The answer of a feature service to a command: done, or refused with a message in the user's language.</summary>
public sealed record Outcome(bool Succeeded, string? Error = null, string? Field = null)
{
    public static readonly Outcome Ok = new(true);

    public static Outcome Refused(string message, string? field = null) => new(false, message, field);
}

public sealed record Outcome<T>(bool Succeeded, T? Value, string? Error = null, string? Field = null)
{
    public static Outcome<T> Ok(T value) => new(true, value);

    public static Outcome<T> Refused(string message, string? field = null) => new(false, default, message, field);

    /// <summary>Done or refused, without the value (for callers that only say which).</summary>
    public Outcome WithoutValue() => Succeeded ? Outcome.Ok : Outcome.Refused(Error!, Field);
}
