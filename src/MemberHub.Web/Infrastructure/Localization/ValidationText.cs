using System.Globalization;
using System.Resources;

namespace MemberHub.Web.Infrastructure.Localization;

/// <summary>
/// Localized data-annotation messages: attributes name these properties through
/// <c>ErrorMessageResourceType = typeof(ValidationText)</c>; each is read in the current UI culture.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new(typeof(SharedText).FullName!, typeof(SharedText).Assembly);

    public static string Required => Get(nameof(Required));
    public static string Email => Get(nameof(Email));
    public static string MaxLength => Get(nameof(MaxLength));
    public static string LengthBetween => Get(nameof(LengthBetween));
    public static string PasswordsDiffer => Get(nameof(PasswordsDiffer));
    public static string Url => Get(nameof(Url));
    public static string Range => Get(nameof(Range));

    private static string Get(string name) =>
        Resources.GetString("Validation." + name, CultureInfo.CurrentUICulture) ?? name;
}
