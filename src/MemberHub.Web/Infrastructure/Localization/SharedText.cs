namespace MemberHub.Web.Infrastructure.Localization;

/// <summary>Strings shared by the app shell and by two or more features (SharedText.resx, SharedText.zh-Hans.resx).</summary>
public sealed class SharedText;
