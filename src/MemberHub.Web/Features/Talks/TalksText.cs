namespace MemberHub.Web.Features.Talks;

/// <summary>Marker for the guest talks' strings (TalksText.resx, TalksText.zh-Hans.resx).</summary>
public sealed class TalksText;
