using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace MemberHub.Web.Components.Layout;

/// <summary>A statically rendered page (ExcludeFromInteractiveRouting): it never gets a circuit, so nothing on it is live.</summary>
public static class StaticPage
{
    public static bool Is(RendererInfo renderer, HttpContext? request) =>
        !renderer.IsInteractive && request?.AcceptsInteractiveRouting() == false;
}
