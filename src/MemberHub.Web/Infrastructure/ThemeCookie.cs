namespace MemberHub.Web.Infrastructure;

/// <summary>The reader's dark/light choice, kept in a cookie so the server picks the page's stylesheet (and a cached visitor page varies by it).</summary>
public static class ThemeCookie
{
    public const string Name = "mh.theme";

    public static bool IsDark(HttpContext? context) => context?.Request.Cookies[Name] == "dark";
}
