namespace MemberHub.Web.Features.Content;

/// <summary>Strings of tracks, lessons and the content editor (ContentText.resx, ContentText.zh-Hans.resx).</summary>
public sealed class ContentText;
