using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace MemberHub.Web.Components.Layout;

/// <summary>A statically rendered page (ExcludeFromInteractiveRouting): it never gets a circuit, so nothing on it is live.</summary>
public static class StaticPage
{
    // Every page's route templates, and whether the page is excluded from interactive routing, read once.
    private static readonly (RouteTemplate Template, TemplateMatcher Matcher, bool IsStatic)[] Routes = typeof(StaticPage).Assembly.GetExportedTypes()
        .Where(t => typeof(IComponent).IsAssignableFrom(t))
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (Page: t, Template: TemplateParser.Parse(r.Template.TrimStart('/')))))
        .Select(r => (r.Template, new TemplateMatcher(r.Template, []), r.Page.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null))
        .ToArray();

    public static bool Is(RendererInfo renderer, HttpContext? request) =>
        !renderer.IsInteractive && request?.AcceptsInteractiveRouting() == false;

    /// <summary>Whether <paramref name="path"/> ("/questions/12?x=1") is one of the static pages (a literal route wins over a parameter, as in the router).</summary>
    public static bool IsStaticRoute(string path)
    {
        var onlyPath = path.Split('?', '#')[0];
        return Routes
            .Where(route => Matches(route.Template, route.Matcher, onlyPath))
            .OrderByDescending(route => route.Template.Segments.Count(s => s.IsSimple && s.Parts[0].IsLiteral))
            .Select(route => route.IsStatic)
            .FirstOrDefault();
    }

    private static bool Matches(RouteTemplate template, TemplateMatcher matcher, string path)
    {
        var values = new RouteValueDictionary();
        return matcher.TryMatch(path, values)
               && template.Parameters.All(p => p.InlineConstraints.All(c => c.Constraint != "int" || int.TryParse(values[p.Name!]?.ToString(), out _)));
    }

    /// <summary>
    /// Goes to another page from an interactive one. The interactive router does not know the static pages and shows
    /// "not found" for them (dotnet/aspnetcore#64541), so those are loaded from the server, as a followed link would be.
    /// </summary>
    public static void NavigateToPage(this NavigationManager navigation, string path) =>
        navigation.NavigateTo(path, forceLoad: IsStaticRoute(path));
}
