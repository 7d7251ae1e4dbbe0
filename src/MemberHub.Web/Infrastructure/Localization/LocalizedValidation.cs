using System.ComponentModel.DataAnnotations;

namespace MemberHub.Web.Infrastructure.Localization;

// The standard data annotations, with their messages taken from SharedText in the user's language.

public sealed class LocalizedRequiredAttribute : RequiredAttribute
{
    public LocalizedRequiredAttribute()
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.Required);
    }
}

public sealed class LocalizedEmailAttribute : DataTypeAttribute
{
    private static readonly EmailAddressAttribute Inner = new();

    public LocalizedEmailAttribute() : base(DataType.EmailAddress)
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.Email);
    }

    public override bool IsValid(object? value) => Inner.IsValid(value);
}

/// <summary>At most <c>maximumLength</c> characters; with <see cref="StringLengthAttribute.MinimumLength"/> set, the message names both bounds.</summary>
public sealed class LocalizedStringLengthAttribute : StringLengthAttribute
{
    public LocalizedStringLengthAttribute(int maximumLength, int minimumLength = 0) : base(maximumLength)
    {
        MinimumLength = minimumLength;
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = minimumLength > 0 ? nameof(ValidationText.LengthBetween) : nameof(ValidationText.MaxLength);
    }
}

public sealed class LocalizedCompareAttribute : CompareAttribute
{
    public LocalizedCompareAttribute(string otherProperty) : base(otherProperty)
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.PasswordsDiffer);
    }
}

public sealed class LocalizedUrlAttribute : DataTypeAttribute
{
    public LocalizedUrlAttribute() : base(DataType.Url)
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.Url);
    }

    /// <summary>Only absolute http(s) links; empty is allowed (combine with LocalizedRequired).</summary>
    public override bool IsValid(object? value) =>
        value is null || value is string { Length: 0 } ||
        (value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps));
}

public sealed class LocalizedRangeAttribute : RangeAttribute
{
    public LocalizedRangeAttribute(int minimum, int maximum) : base(minimum, maximum)
    {
        ErrorMessageResourceType = typeof(ValidationText);
        ErrorMessageResourceName = nameof(ValidationText.Range);
    }
}
