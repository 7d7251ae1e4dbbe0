namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>Tells open pages that a member's membership changed (the success page waits on it).</summary>
public sealed class MembershipEvents
{
    public event Action<string>? Changed;

    public void Raise(string userId) => Changed?.Invoke(userId);
}
