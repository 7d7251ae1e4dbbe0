namespace MemberHub.Web.Features.Memberships.Billing;

/// <summary>Tells open pages that a member's membership changed (the success page waits on it).</summary>
public sealed class MembershipEvents : Infrastructure.Live.ChangeNotifier<string>;
