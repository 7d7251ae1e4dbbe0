namespace MemberHub.Web.Features.Demo;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed a demo community (accounts, settings, sample content) into an empty database.</summary>
    public bool Seed { get; set; }

    /// <summary>The password every demo account gets; printed at start-up. Never enable the demo on a public site.</summary>
    public string Password { get; set; } = "Demo-pass-2026";
}
