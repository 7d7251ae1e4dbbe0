using System.Net;
using System.Reflection;
using MemberHub.IntegrationTests.Infrastructure;
using MemberHub.Web.Features.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MemberHub.IntegrationTests.Features.Security;

/// <summary>The app's own route table, read from the running app, so a new page or endpoint is walked without being listed.</summary>
public static class RouteTable
{
    public sealed record Route(string Pattern, IReadOnlyList<string> Methods, Type? Component, IReadOnlyList<string> QueryNames);

    public static IReadOnlyList<Route> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsFramework(e.RoutePattern.RawText ?? ""))
            .Select(e =>
            {
                var component = e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type;
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET"];
                return new Route("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), methods, component, QueryNamesOf(component));
            })
            .GroupBy(r => (r.Pattern, string.Join(",", r.Methods))).Select(g => g.First())
            .OrderBy(r => r.Pattern, StringComparer.Ordinal).ToList();

    private static bool IsFramework(string pattern) =>
        pattern.StartsWith("_", StringComparison.Ordinal) || pattern.StartsWith("/_", StringComparison.Ordinal)
        || pattern.Contains("{**", StringComparison.Ordinal) || System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\.(css|js|png|ico|svg|woff2?|ttf|map|json|txt|webp|jpg|gz|br)$");

    private static IReadOnlyList<string> QueryNamesOf(Type? component) =>
        component?.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name).ToList() ?? [];

    /// <summary>The pattern with every route parameter replaced by <paramref name="value"/>.</summary>
    public static string Fill(string pattern, string value) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", Uri.EscapeDataString(value));
}

/// <summary>Every route, with malformed values in its path and query, as a visitor and as the Owner: never a 5xx.</summary>
public class RouteFuzzTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private static readonly string[] BadValues = ["abc", "2147483648", "99999999999", "1e9", "-1", "0", "' OR 1=1 --", "<script>", "%zz"];

    private async Task<List<string>> WalkAsync(TestClient client)
    {
        var failures = new List<string>();
        foreach (var route in RouteTable.Of(factory.Services))
        {
            foreach (var value in BadValues)
            {
                var path = RouteTable.Fill(route.Pattern, value);
                var query = string.Join("&", route.QueryNames.Select(n => $"{n}={Uri.EscapeDataString(value)}"));
                var url = query.Length == 0 ? path : $"{path}?{query}";
                foreach (var method in route.Methods.Where(m => m is "GET" or "POST"))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method == "POST")
                    {
                        request.Content = new FormUrlEncodedContent([new("_handler", value), new("culture", value)]);
                    }
                    // Headers are enough to judge, and an event stream never ends its body.
                    using var response = await client.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{method} {url} → {(int)response.StatusCode}");
                    }
                }
                if (!route.Pattern.Contains('{') && route.QueryNames.Count == 0)
                {
                    break;
                }
            }
        }
        return failures;
    }

    [Fact]
    public async Task The_route_table_is_read_from_the_app()
    {
        var routes = RouteTable.Of(factory.Services);

        Assert.Contains(routes, r => r.Pattern == "/questions" && r.QueryNames.Contains("page"));
        Assert.Contains(routes, r => r.Pattern == "/api/stripe/webhook" && r.Methods.Contains("POST"));
        Assert.Contains(routes, r => r.Pattern.StartsWith("/talks/{", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_route_answers_5xx_to_malformed_values_for_a_visitor()
    {
        using var visitor = factory.CreateTestClient();

        Assert.Empty(await WalkAsync(visitor));
    }

    [Fact]
    public async Task No_route_answers_5xx_to_malformed_values_for_the_owner()
    {
        using var owner = factory.CreateTestClient();
        await owner.LogInAsync(MemberHubFactory.OwnerEmail, MemberHubFactory.OwnerPassword);

        Assert.Empty(await WalkAsync(owner));
    }

    [Fact]
    public async Task Anonymous_log_out_without_a_token_is_a_4xx_and_the_error_page_does_not_fail()
    {
        using var visitor = factory.CreateTestClient();
        using var response = await visitor.Http.PostAsync("/Account/Logout", new FormUrlEncodedContent([new("returnUrl", "/")]));

        Assert.InRange((int)response.StatusCode, 400, 499);
    }
}
