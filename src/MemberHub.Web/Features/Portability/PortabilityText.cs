namespace MemberHub.Web.Features.Portability;

/// <summary>Marker for export, import and backup strings (PortabilityText.resx, PortabilityText.zh-Hans.resx).</summary>
public sealed class PortabilityText;
