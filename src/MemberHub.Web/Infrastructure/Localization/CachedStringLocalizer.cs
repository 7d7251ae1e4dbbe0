using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MemberHub.Web.Infrastructure.Localization;

/// <summary>
/// The app's texts by resource type, looked up once per language and name. The resources are compiled in and never
/// change, while <see cref="System.Resources.ResourceManager"/> takes a lock on every lookup: a page asks for a hundred
/// texts, and two busy cores queued on that lock.
/// </summary>
public sealed class CachedStringLocalizer<TResource>(IStringLocalizerFactory factory) : IStringLocalizer<TResource>
{
    private readonly IStringLocalizer inner = factory.Create(typeof(TResource));
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> texts = new();

    // Names are the app's own (resource keys, enum names); the bound only guards against a name built from input.
    private const int MostTexts = 10_000;

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (texts.TryGetValue(key, out var text))
            {
                return text;
            }
            text = inner[name];
            if (texts.Count < MostTexts)
            {
                texts.TryAdd(key, text);
            }
            return text;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, template.Value, arguments), template.ResourceNotFound, template.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
