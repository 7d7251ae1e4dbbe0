using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MemberHub.IntegrationTests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser without JavaScript: it keeps cookies, reads pages,
/// fills in and posts the server-rendered forms (antiforgery token included) and follows redirects.
/// </summary>
public sealed class TestClient(HttpClient http, MemberHubFactory factory) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public MemberHubFactory Factory => factory;

    public async Task<Page> GetAsync(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }
        return await FollowAsync(await http.SendAsync(request));
    }

    /// <summary>Loads <paramref name="url"/>, fills the form whose handler is <paramref name="formName"/>, and posts it.</summary>
    public async Task<Page> SubmitAsync(string url, string formName, IDictionary<string, string> fields)
    {
        var page = await GetAsync(url);
        return await page.SubmitAsync(this, formName, fields);
    }

    internal async Task<Page> PostFormAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await FollowAsync(await http.PostAsync(url, content));
    }

    public async Task<Page> FollowAsync(HttpResponseMessage response)
    {
        var hops = 0;
        while (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
               or HttpStatusCode.TemporaryRedirect && hops++ < 10)
        {
            var location = response.Headers.Location!;
            var next = location.IsAbsoluteUri ? location : new Uri(response.RequestMessage!.RequestUri!, location);
            response.Dispose();
            response = await http.GetAsync(next);
        }
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, response.RequestMessage!.RequestUri!, html, Parser.ParseDocument(html));
    }

    /// <summary>Posts the form <paramref name="formName"/> of <paramref name="page"/> to <paramref name="url"/> and returns the raw response (no redirects followed).</summary>
    public async Task<HttpResponseMessage> PostRawAsync(string url, Page page, string formName, IDictionary<string, string> fields,
        IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(page.FormValues(formName, fields)) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await http.SendAsync(request);
    }

    public async Task<Page> LogInAsync(string email, string password)
    {
        return await SubmitAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    public void Dispose() => http.Dispose();
}

public sealed record Page(HttpStatusCode Status, Uri Url, string Html, IDocument Document)
{
    public string Path => Url.AbsolutePath;

    public string Text => Document.Body?.TextContent ?? "";

    public IElement? Find(string selector) => Document.QuerySelector(selector);

    /// <summary>The messages shown beside form fields (ValidationMessage renders a div with the field's message).</summary>
    public IReadOnlyList<string> FieldMessages =>
        Document.QuerySelectorAll("form div.validation-message, form div.text-danger").Select(e => e.TextContent.Trim()).ToList();

    public string? InputValue(string name) => Document.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    public async Task<Page> SubmitAsync(TestClient client, string formName, IDictionary<string, string> fields)
    {
        var form = FormOf(formName);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? Url : new Uri(Url, action);
        return await client.PostFormAsync(target.ToString(), FormValues(formName, fields));
    }

    private IElement FormOf(string formName) => Document.QuerySelectorAll("form")
            .FirstOrDefault(f => f.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new InvalidOperationException($"No form '{formName}' on {Url}:\n{Html}");

    /// <summary>The values the form <paramref name="formName"/> would post, with <paramref name="fields"/> filled in.</summary>
    public List<KeyValuePair<string, string>> FormValues(string formName, IDictionary<string, string> fields)
    {
        var form = FormOf(formName);
        var values = new List<KeyValuePair<string, string>>();
        // A browser also sends the fields elsewhere on the page that name the form (form="id").
        IEnumerable<IElement> owned = string.IsNullOrEmpty(form.Id) ? [] : Document.QuerySelectorAll($"input[form='{form.Id}'], select[form='{form.Id}'], textarea[form='{form.Id}']");
        foreach (var input in form.QuerySelectorAll("input, select, textarea").Concat(owned))
        {
            var name = input.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name))
            {
                continue;
            }
            var type = input.GetAttribute("type");
            if (type is "checkbox" or "radio" && !input.HasAttribute("checked"))
            {
                continue;
            }
            values.Add(new(name, input.LocalName switch
            {
                "textarea" => input.TextContent,
                "select" => input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? "",
                _ => input.GetAttribute("value") ?? "",
            }));
        }
        values.AddRange(fields);
        return values;
    }
}
