using MemberHub.Web.Infrastructure.Configuration;
using MemberHub.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace MemberHub.Tests.Infrastructure;

public class ValidatedOptionsTests
{
    [Fact]
    public void Nested_setting_failures_name_the_full_key()
    {
        var validator = new ConfigurationKeyValidator<EmailOptions>(EmailOptions.Section);
        var options = new EmailOptions { Smtp = new SmtpOptions { Port = 0, Security = "Sometimes" } };

        var result = validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Email:Smtp:Port must be a port number between 1 and 65535", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("Email:Smtp:Security must be one of", StringComparison.Ordinal));
    }

    [Fact]
    public void Valid_settings_pass()
    {
        var validator = new ConfigurationKeyValidator<EmailOptions>(EmailOptions.Section);
        Assert.True(validator.Validate(null, new EmailOptions()).Succeeded);
    }

    [Fact]
    public void Validation_failure_becomes_one_configuration_line()
    {
        var exception = new OptionsValidationException("Email", typeof(EmailOptions), ["Email:From must be a sender address"]);

        Assert.True(ConfigurationErrors.TryDescribe(exception, out var message));
        Assert.Equal("Configuration error: Email:From must be a sender address", message);
        Assert.False(ConfigurationErrors.TryDescribe(new InvalidOperationException("boom"), out _));
    }
}
