namespace MemberHub.Web.Features.Community;

/// <summary>Strings of the home page and community settings (CommunityText.resx, CommunityText.zh-Hans.resx).</summary>
public sealed class CommunityText;
