namespace MemberHub.Web.Features.Memberships;

/// <summary>Strings of pricing, checkout, billing and the Owner's membership pages (MembershipText.resx, MembershipText.zh-Hans.resx).</summary>
public sealed class MembershipText;
