using System.Collections;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MemberHub.Web.Infrastructure.Configuration;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to <paramref name="section"/> and validates it when the host starts,
    /// reporting each problem with the full configuration key (for example <c>Email:Smtp:Port</c>).
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new ConfigurationKeyValidator<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>Validates every options class now, before start-up touches the database; throws what <see cref="ConfigurationErrors"/> describes.</summary>
    public static void ValidateOptions(this WebApplication app) => app.Services.GetRequiredService<IStartupValidator>().Validate();
}

/// <summary>Runs data annotations (and <see cref="IValidatableObject"/>) over an options object and its nested option objects.</summary>
internal sealed class ConfigurationKeyValidator<T>(string section) : IValidateOptions<T> where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object options, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var result in results)
        {
            var members = result.MemberNames.Any() ? result.MemberNames : [""];
            foreach (var member in members)
            {
                var key = member.Length == 0 ? path : $"{path}:{member}";
                failures.Add($"{key} {result.ErrorMessage}");
            }
        }

        foreach (var property in options.GetType().GetProperties())
        {
            var type = property.PropertyType;
            if (type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type)
                && type.Namespace?.StartsWith("MemberHub", StringComparison.Ordinal) == true
                && property.GetValue(options) is { } nested)
            {
                Collect(nested, $"{path}:{property.Name}", failures);
            }
        }
    }
}

public static class ConfigurationErrors
{
    /// <summary>True when <paramref name="exception"/> is a configuration mistake the operator can fix; <paramref name="message"/> says which key and what it needs.</summary>
    public static bool TryDescribe(Exception exception, out string message)
    {
        switch (exception)
        {
            case OptionsValidationException validation:
                message = "Configuration error: " + string.Join("; ", validation.Failures);
                return true;
            case InvalidOperationException { Message: var text } when text.StartsWith("Failed to convert configuration value", StringComparison.Ordinal):
                message = "Configuration error: " + text;
                return true;
            case AggregateException aggregate:
                // Several options classes may fail at once; one line names them all, or the error is not ours to describe.
                var parts = new List<string>();
                foreach (var inner in aggregate.InnerExceptions)
                {
                    if (!TryDescribe(inner, out var part))
                    {
                        message = "";
                        return false;
                    }
                    parts.Add(part.StartsWith("Configuration error: ", StringComparison.Ordinal) ? part["Configuration error: ".Length..] : part);
                }
                message = "Configuration error: " + string.Join("; ", parts);
                return parts.Count > 0;
            default:
                message = "";
                return false;
        }
    }
}
